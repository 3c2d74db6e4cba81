package app.spotter.client.templates;

import app.spotter.history.WeightUnit;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetType;

/** How the editor words exercise kinds, set types and a kind's weight box. */
public final class KindText {
    private KindText() {
    }

    public static String[] kindValues() {
        String[] values = new String[ExerciseKind.values().length];
        for (ExerciseKind kind : ExerciseKind.values()) {
            values[kind.ordinal()] = kind.wireName();
        }
        return values;
    }

    public static String[] kindLabels() {
        return new String[] {"Weight \u00d7 reps", "Bodyweight reps (+ added weight)", "Assisted reps", "Reps only",
            "Duration (a hold)", "Distance and duration", "Weight and duration (a carry)"};
    }

    static String[] typeValues() {
        String[] values = new String[SetType.values().length];
        for (SetType type : SetType.values()) {
            values[type.ordinal()] = type.wireName();
        }
        return values;
    }

    static String[] typeLabels() {
        return new String[] {"Normal", "Warm-up", "Drop", "Failure"};
    }

    /** The weight column of a set of {@code kind}: "kg", "+kg" (added to bodyweight), "assist kg". */
    static String weight(ExerciseKind kind, WeightUnit unit) {
        switch (kind) {
            case BODYWEIGHT_REPS:
                return "+" + unit.label();
            case ASSISTED:
                return "assist " + unit.label();
            default:
                return unit.label();
        }
    }

    /** The weight box's name for a screen reader: "weight in lb", "added weight in kg", "assistance in kg". */
    static String weightName(ExerciseKind kind, WeightUnit unit) {
        switch (kind) {
            case BODYWEIGHT_REPS:
                return "added weight in " + unit.label();
            case ASSISTED:
                return "assistance in " + unit.label();
            default:
                return "weight in " + unit.label();
        }
    }
}
