package app.spotter.client.history;

import app.spotter.client.ui.Plural;
import app.spotter.client.ui.WeightText;
import app.spotter.history.WeightUnit;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetType;
import app.spotter.workout.WorkoutSet;

/** A set in words by its exercise's kind ("8 × 62.5 kg", "+10 kg × 8", "60 s", "5.0 km in 25:00"), type and RPE. */
public final class SetText {
    private SetText() {
    }

    /** The set's values, its type when not normal and its RPE when given: "8 × 60 kg · warm-up · RPE 8.5". */
    public static String of(ExerciseKind kind, WorkoutSet set, WeightUnit unit) {
        String text = values(kind, set.repsValue(), set.weightValue(), set.durationValue(), set.distanceValue(), unit);
        String type = type(set.typeValue());
        if (!type.isEmpty()) {
            text += " \u00b7 " + type;
        }
        if (set.rpeValue() > 0) {
            text += " \u00b7 RPE " + rpe(set.rpeValue());
        }
        return text;
    }

    /** Only the fields the kind takes. */
    public static String values(ExerciseKind kind, int reps, double kg, int seconds, double meters,
                                WeightUnit unit) {
        switch (kind) {
            case WEIGHT_REPS:
                return reps + " \u00d7 " + WeightText.of(kg, unit);
            case BODYWEIGHT_REPS:
                return kg > 0 ? "+" + WeightText.of(kg, unit) + " \u00d7 " + reps : Plural.of(reps, "rep");
            case ASSISTED:
                return Plural.of(reps, "rep") + (kg > 0 ? " with " + WeightText.of(kg, unit) + " assistance" : "");
            case REPS_ONLY:
                return Plural.of(reps, "rep");
            case DURATION:
                return MeasureText.hold(seconds);
            case DISTANCE_DURATION:
                return MeasureText.distance(meters) + " in " + MeasureText.clock(seconds);
            default:
                return WeightText.of(kg, unit) + " for " + MeasureText.hold(seconds);
        }
    }

    /** "warm-up", "drop set", "to failure"; empty for a normal set. */
    public static String type(SetType type) {
        switch (type) {
            case WARMUP:
                return "warm-up";
            case DROP:
                return "drop set";
            case FAILURE:
                return "to failure";
            default:
                return "";
        }
    }

    private static String rpe(double rpe) {
        long halves = Math.round(rpe * 2);
        return (halves / 2) + (halves % 2 == 0 ? "" : ".5");
    }
}
