package app.spotter.history;

/**
 * The unit a user sees weights in. Everything is stored in kilograms; conversion happens only where a weight is
 * shown or typed, and a weight typed in pounds is stored to the gram so that showing it again gives what was typed.
 */
public enum WeightUnit {
    KG("kg", 1.0),
    LB("lb", 0.45359237);

    private final String label;
    private final double kilograms;

    WeightUnit(String label, double kilograms) {
        this.label = label;
        this.kilograms = kilograms;
    }

    public String label() {
        return label;
    }

    /** A stored weight in this unit, rounded to a tenth (the precision plates and inputs use). */
    public double fromKg(double kg) {
        return Math.round(kg / kilograms * 10) / 10.0;
    }

    /** A typed weight in kilograms, rounded to the gram. */
    public double toKg(double value) {
        return Math.round(value * kilograms * 1000) / 1000.0;
    }

    public static WeightUnit parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase();
        if (t.equals("lb") || t.equals("lbs")) {
            return LB;
        }
        if (t.equals("kg") || t.equals("kgs") || t.isEmpty()) {
            return KG;
        }
        throw new IllegalArgumentException("unknown weight unit: " + text);
    }
}
