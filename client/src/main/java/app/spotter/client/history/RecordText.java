package app.spotter.client.history;

import app.spotter.client.ui.WeightText;
import app.spotter.history.WeightUnit;

/** A personal record in words, in the user's unit: "most reps at 100 kg: 8 (was 6)", "longest hold: 75 s". */
public final class RecordText {
    private RecordText() {
    }

    public static String of(ServerSummary.Record record, WeightUnit unit) {
        switch (record.kind()) {
            case "most_reps_at_weight":
                return "most reps at " + WeightText.of(record.weight(), unit) + ": " + whole(record.value())
                        + (record.previous() > 0 ? " (was " + whole(record.previous()) + ")" : "");
            case "best_estimated_one_rep_max":
                return "best estimated 1RM " + WeightText.of(record.value(), unit) + was(record, unit);
            case "heaviest_weight":
                return "heaviest weight " + WeightText.of(record.value(), unit) + was(record, unit);
            default:
                return label(record.kind()) + ": " + value(record, record.value(), unit) + was(record, unit);
        }
    }

    /** A record's name in words by its wire name: "longest hold", "best pace". */
    public static String label(String kind) {
        switch (kind) {
            case "heaviest_weight":
                return "heaviest weight";
            case "best_estimated_one_rep_max":
                return "best estimated 1RM";
            case "best_set_volume":
                return "best set volume";
            case "most_reps":
                return "most reps";
            case "most_added_weight":
                return "most added weight";
            case "least_assistance":
                return "least assistance";
            case "longest_hold":
                return "longest hold";
            case "longest_distance":
                return "longest distance";
            case "best_pace":
                return "best pace";
            case "heaviest_carry":
                return "heaviest carry";
            case "longest_carry":
                return "longest carry";
            default:
                return kind.replace('_', ' ');
        }
    }

    private static String value(ServerSummary.Record record, double value, WeightUnit unit) {
        String text = "reps".equals(record.unit()) ? whole(value) : MeasureText.of(value, record.unit(), unit);
        return "most_added_weight".equals(record.kind()) ? "+" + text : text;
    }

    private static String was(ServerSummary.Record record, WeightUnit unit) {
        return record.previous() > 0 ? " (was " + value(record, record.previous(), unit) + ")" : "";
    }

    private static String whole(double value) {
        return Long.toString(Math.round(value));
    }
}
