package app.spotter.client.history;

import app.spotter.client.ui.WeightText;
import app.spotter.history.KindMeasures;
import app.spotter.history.PersonalRecord;
import app.spotter.history.WeightUnit;

/** A personal record in words, in the user's unit: "most reps at 100 kg: 8 (was 6)", "longest hold: 75 s". */
public final class RecordText {
    private RecordText() {
    }

    public static String of(PersonalRecord record, WeightUnit unit) {
        switch (record.kind()) {
            case MOST_REPS_AT_WEIGHT:
                return "most reps at " + WeightText.of(record.weight(), unit) + ": " + whole(record.value())
                        + (record.previous() > 0 ? " (was " + whole(record.previous()) + ")" : "");
            case BEST_ESTIMATED_ONE_REP_MAX:
                return "best estimated 1RM " + WeightText.of(record.value(), unit) + was(record, unit);
            case HEAVIEST_WEIGHT:
                return "heaviest weight " + WeightText.of(record.value(), unit) + was(record, unit);
            default:
                return label(record.kind()) + ": " + value(record, record.value(), unit) + was(record, unit);
        }
    }

    /** A record's name in words: "longest hold", "best pace". */
    public static String label(PersonalRecord.Kind kind) {
        switch (kind) {
            case BEST_ESTIMATED_ONE_REP_MAX:
                return "best estimated 1RM";
            default:
                return kind.wireName().replace('_', ' ');
        }
    }

    private static String value(PersonalRecord record, double value, WeightUnit unit) {
        String measure = KindMeasures.unit(record.kind());
        String text = "reps".equals(measure) ? whole(value) : MeasureText.of(value, measure, unit);
        return record.kind() == PersonalRecord.Kind.MOST_ADDED_WEIGHT ? "+" + text : text;
    }

    private static String was(PersonalRecord record, WeightUnit unit) {
        return record.previous() > 0 ? " (was " + value(record, record.previous(), unit) + ")" : "";
    }

    private static String whole(double value) {
        return Long.toString(Math.round(value));
    }
}
