package app.spotter.client.history;

import app.spotter.client.ui.WeightText;
import app.spotter.history.WeightUnit;

/** A personal record in words, in the user's unit: "Most reps at 100 kg: 8 (was 6)". */
public final class RecordText {
    private RecordText() {
    }

    public static String of(ServerSummary.Record record, WeightUnit unit) {
        boolean hadOne = record.previous() > 0;
        switch (record.kind()) {
            case "most_reps_at_weight":
                return "most reps at " + WeightText.of(record.weight(), unit) + ": " + whole(record.value())
                        + (hadOne ? " (was " + whole(record.previous()) + ")" : "");
            case "best_estimated_one_rep_max":
                return "best estimated 1RM " + WeightText.of(record.value(), unit)
                        + (hadOne ? " (was " + WeightText.of(record.previous(), unit) + ")" : "");
            default:
                return "heaviest weight " + WeightText.of(record.value(), unit)
                        + (hadOne ? " (was " + WeightText.of(record.previous(), unit) + ")" : "");
        }
    }

    private static String whole(double value) {
        return Long.toString(Math.round(value));
    }
}
