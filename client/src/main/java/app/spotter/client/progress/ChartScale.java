package app.spotter.client.progress;

import app.spotter.client.history.MeasureText;
import app.spotter.client.ui.WeightText;
import app.spotter.history.WeightUnit;

/**
 * How one unit of the kinds' figures is drawn on a chart axis: the stored value turned into the shown one (kg into
 * the user's unit, metres into km, pace seconds into minutes), the axis name and a tick label.
 */
public final class ChartScale {
    private final String unit;
    private final WeightUnit weightUnit;

    private ChartScale(String unit, WeightUnit weightUnit) {
        this.unit = unit;
        this.weightUnit = weightUnit;
    }

    /** {@code unit} is a record unit: "kg", "reps", "s", "m" or "s/km". */
    public static ChartScale of(String unit, WeightUnit weightUnit) {
        return new ChartScale(unit, weightUnit);
    }

    public double shown(double stored) {
        switch (unit) {
            case "kg":
                return weightUnit.fromKg(stored);
            case "m":
                return stored / 1000;
            case "s/km":
                return stored / 60;
            default:
                return stored;
        }
    }

    /** The unit named on the axis: "kg" or "lb", "reps", "s", "km", "min/km". */
    public String name() {
        switch (unit) {
            case "kg":
                return weightUnit.label();
            case "m":
                return "km";
            case "s/km":
                return "min/km";
            default:
                return unit;
        }
    }

    /** A tick label for a shown value: "62.5", "12", "5.5", "4:30". */
    public String label(double shown) {
        switch (unit) {
            case "kg":
                return WeightText.number(weightUnit.toKg(shown), weightUnit);
            case "m":
                long tenths = Math.round(shown * 10);
                return (tenths / 10) + (tenths % 10 == 0 ? "" : "." + (tenths % 10));
            case "s/km":
                return MeasureText.clock(Math.round(shown * 60));
            default:
                return Long.toString(Math.round(shown));
        }
    }

    /** A stored value in words with its unit, for a point's tooltip: "100 kg", "75 s", "5.0 km", "4:30 /km". */
    public String words(double stored) {
        return MeasureText.of(stored, unit, weightUnit);
    }
}
