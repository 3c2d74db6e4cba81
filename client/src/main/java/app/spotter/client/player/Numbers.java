package app.spotter.client.player;

/** Number text for the player, by hand (String.format would add 77 KB to the bundle). */
public final class Numbers {
    private Numbers() {
    }

    /** Kilograms with up to three decimals and no trailing zeros: 60, 62.5, 1.125; reads back to the same value. */
    public static String kg(double value) {
        long thousandths = Math.round(value * 1000);
        String sign = thousandths < 0 ? "-" : "";
        long abs = Math.abs(thousandths);
        String text = sign + (abs / 1000);
        long fraction = abs % 1000;
        if (fraction == 0) {
            return text;
        }
        String digits = Long.toString(fraction + 1000).substring(1);
        while (digits.endsWith("0")) {
            digits = digits.substring(0, digits.length() - 1);
        }
        return text + "." + digits;
    }
}
