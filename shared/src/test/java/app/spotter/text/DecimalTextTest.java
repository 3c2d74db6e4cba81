package app.spotter.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Our double writer gives Double.toString's text; where Java 17's own digit search is known to miss the shortest or
 * nearest decimal (JDK-4511638, fixed in Java 19 as ours does), ours has no more digits, is no farther from the
 * double and reads back as the very same double.
 */
class DecimalTextTest {
    private static void sameAsJdk(double value) {
        String ours = DecimalText.of(value);
        assertEquals(Double.doubleToRawLongBits(value), Double.doubleToRawLongBits(Double.parseDouble(ours)),
                "reads back: " + ours);
        String jdk = Double.toString(value);
        if (!jdk.equals(ours)) {
            BigDecimal exact = new BigDecimal(value);
            boolean shorter = significantDigits(ours) < significantDigits(jdk);
            // Java 19 writes two digits where one would do but two are nearer (4.9E-324), as Java 17 does there.
            boolean sameOrTwo = significantDigits(ours) == significantDigits(jdk) || significantDigits(ours) == 2;
            boolean nearer = sameOrTwo && new BigDecimal(ours)
                    .subtract(exact).abs().compareTo(new BigDecimal(jdk).subtract(exact).abs()) < 0;
            assertTrue(shorter || nearer, "value " + jdk + " written " + ours);
        }
    }

    private static void exactlyAsJdk(double value) {
        assertEquals(Double.toString(value), DecimalText.of(value), "value " + value);
    }

    private static int significantDigits(String text) {
        String mantissa = text.replaceFirst("^-", "").replaceFirst("E.*$", "").replace(".", "");
        return mantissa.replaceFirst("^0+", "").replaceFirst("0+$", "").length();
    }

    @Test
    void weightsInThousandthsAreWrittenAsDoubleToStringWritesThem() {
        for (int grams = 0; grams <= 2_000_000; grams++) {
            exactlyAsJdk(grams / 1000.0);
            exactlyAsJdk(-grams / 1000.0);
        }
        for (double value : new double[] {102.5, 0.1, 22.68, 0.001, 1e-3, 45.359237, 2.5 * 0.45359237,
            100 * 0.45359237, 0.1 + 0.2, 62.49999999999999, 1_000_000.125, 9_999_999.999, 12_345_678.5, 1e15,
            1.5e300, 1e7, 1e-4, 9.999e-4}) {
            exactlyAsJdk(value);
        }
    }

    @Test
    void poundsConvertedToKilogramsAreWrittenAsDoubleToStringWritesThem() {
        for (int tenths = 0; tenths <= 20_000; tenths++) {
            exactlyAsJdk(tenths / 10.0 * 0.45359237);
            exactlyAsJdk(tenths / 10.0 / 0.45359237);
        }
    }

    @Test
    void edgesAreWrittenAsDoubleToStringWritesThem() {
        for (double value : new double[] {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL, -Double.MAX_VALUE, 1e-300, 1e300,
            Math.nextDown(1e7), Math.nextUp(1e7), Math.nextDown(1e-3), 1e-3, 9007199254740993.0, Math.PI, Math.E}) {
            exactlyAsJdk(value);
        }
    }

    @Test
    void powersOfTenAndTheirNeighboursAreWrittenAsDoubleToStringWritesThem() {
        for (int power = -3; power <= 22; power++) {
            exactlyAsJdk(Double.parseDouble("1E" + power));
        }
        for (int power = -323; power <= 308; power++) {
            double value = Double.parseDouble("1E" + power);
            sameAsJdk(value);
            sameAsJdk(Math.nextUp(value));
            sameAsJdk(Math.nextDown(value));
        }
    }

    @Test
    void whereJava17MissesTheShortestOrNearestTheTextIsThatOne() {
        assertEquals("9.999999999999999E22", Double.toString(1e23));
        assertEquals("1.0E23", DecimalText.of(1e23));
        sameAsJdk(1e23);
        assertEquals("2.0E23", DecimalText.of(2e23));
        sameAsJdk(2e23);
        // Java 17 writes 2.8496324702471283E25; the double is 28496324702471283995049984, nearer ...284.
        assertEquals("2.8496324702471284E25", DecimalText.of(2.8496324702471284E25));
        sameAsJdk(2.8496324702471284E25);
        // Two digits nearer than one, as Java 17 itself writes Double.MIN_VALUE (4.9E-324).
        assertEquals("1.0E-323", Double.toString(2 * Double.MIN_VALUE));
        assertEquals("9.9E-324", DecimalText.of(2 * Double.MIN_VALUE));
        sameAsJdk(2 * Double.MIN_VALUE);
    }

    @Test
    void anyDoubleReadsBackAsItselfWithNoMoreDigitsThanJava() {
        Random random = new Random(13);
        for (int i = 0; i < 50_000; i++) {
            sameAsJdk((random.nextDouble() - 0.1) * Math.pow(10, random.nextInt(30) - 10));
            double any = Double.longBitsToDouble(random.nextLong());
            if (!Double.isNaN(any)) {
                sameAsJdk(any);
            }
        }
    }
}
