package app.spotter.client.templates;

import app.spotter.client.ui.WeightText;
import app.spotter.history.WeightUnit;
import app.spotter.validation.TypedNumber;
import app.spotter.workout.SetType;
import app.spotter.workout.Targets;

/**
 * One planned set as typed: its type and a box per target (reps, weight in the user's unit, seconds, metres), kept
 * as text until the template is saved. Every box is kept whatever the exercise's kind, so switching the kind back
 * and forth loses nothing; only the boxes of the kind are shown and saved. A stored weight shown in pounds is
 * rounded to a tenth; left as shown, it saves as the exact kilograms it came from ({@link #weightKg}).
 */
final class TypedSet {
    static final String NEW_REPS = "10";
    static final String NEW_WEIGHT = "0";
    static final String NEW_SECONDS = "60";
    static final String NEW_METRES = "1000";

    SetType type;
    String reps;
    String weight;
    String seconds;
    String metres;
    // The stored weight and the text it was shown as; null for a weight typed here.
    private final Double storedKg;
    private final String shownWeight;

    TypedSet(SetType type, String reps, String weight, String seconds, String metres, Double storedKg) {
        this.type = type;
        this.reps = reps;
        this.weight = weight;
        this.seconds = seconds;
        this.metres = metres;
        this.storedKg = storedKg;
        this.shownWeight = weight;
    }

    static TypedSet blank() {
        return new TypedSet(SetType.NORMAL, NEW_REPS, NEW_WEIGHT, NEW_SECONDS, NEW_METRES, null);
    }

    static TypedSet of(SetType type, Targets targets, WeightUnit unit) {
        return new TypedSet(type, Integer.toString(targets.reps()), shown(targets.weight(), unit),
                Integer.toString(targets.durationSeconds()), TypedNumber.decimalText(targets.distanceMeters()),
                targets.weight());
    }

    /** The weight box in kilograms, or null when it holds no number. */
    Double weightKg(WeightUnit unit) {
        if (storedKg != null && weight.equals(shownWeight)) {
            return storedKg;
        }
        Double typed = TypedNumber.decimal(weight);
        return typed == null ? null : unit == WeightUnit.KG ? typed : unit.toKg(typed);
    }

    TypedSet copy() {
        TypedSet copy = new TypedSet(type, reps, shownWeight, seconds, metres, storedKg);
        copy.weight = weight;
        return copy;
    }

    /** Kilograms exactly as stored; pounds to a tenth. */
    private static String shown(double kg, WeightUnit unit) {
        return unit == WeightUnit.KG ? TypedNumber.decimalText(kg) : WeightText.number(kg, unit);
    }
}
