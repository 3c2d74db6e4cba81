package app.spotter.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Our decimal reader gives the very double Double.parseDouble gives, bit for bit, on every decimal it accepts. */
class DecimalParserTest {
    private static void sameAsJdk(String text) {
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)),
                Double.doubleToRawLongBits(DecimalParser.parse(text)), text);
    }

    @Test
    void everydayNumbersReadAsTheJdkReadsThem() {
        for (String s : new String[] {"0", "-0", "0.0", "62.5", "62,5".replace(',', '.'), " 60 ", "-5", "+7",
            ".5", "5.", "2.5", "0.1", "0.3", "1e3", "-2.5E-3", "1.0E7", "2.4E-4", "123456789012345",
            "1234567890123456789", "9007199254740993", "60.000", "0.000001", "1E22", "1E23", "12.345e-20"}) {
            sameAsJdk(s);
        }
    }

    @Test
    void extremesAndHalfwayPointsRoundAsTheJdkRoundsThem() {
        for (String s : new String[] {"4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
            "2.2250738585072011e-308", "2.2250738585072014e-308", "1.7976931348623157e308",
            "1.7976931348623158e308", "1.7976931348623159e308", "1e309", "1e-400", "9007199254740992.5",
            "9007199254740993.0000000000000000000001", "1e100000", "1e-100000", "0e999999"}) {
            sameAsJdk(s);
        }
        // The exact midpoint between two doubles (hundreds of digits), and a hair either side of it.
        BigDecimal low = new BigDecimal(0.1);
        BigDecimal high = new BigDecimal(Math.nextUp(0.1));
        BigDecimal mid = low.add(high).divide(BigDecimal.valueOf(2));
        sameAsJdk(mid.toPlainString());
        sameAsJdk(mid.toPlainString() + "0000000000000000000000000001");
        sameAsJdk(mid.subtract(BigDecimal.ONE.movePointLeft(400)).toPlainString());
        BigDecimal tiny = new BigDecimal(Double.MIN_VALUE).multiply(BigDecimal.valueOf(3)).divide(BigDecimal.valueOf(2));
        sameAsJdk(tiny.toString());
        sameAsJdk(tiny.toPlainString() + "1");
        sameAsJdk("1" + "0".repeat(900) + ".5e-900");
        sameAsJdk("0." + "0".repeat(900) + "1" + "7".repeat(900) + "e900");
    }

    @Test
    void randomDoublesAndDigitStringsReadAsTheJdkReadsThem() {
        Random random = new Random(11);
        for (int i = 0; i < 40_000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (!Double.isNaN(d) && !Double.isInfinite(d)) {
                sameAsJdk(Double.toString(d));
                sameAsJdk(new BigDecimal(d).toString());
            }
            StringBuilder s = new StringBuilder();
            int digits = 1 + random.nextInt(random.nextBoolean() ? 17 : 40);
            for (int k = 0; k < digits; k++) {
                s.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextBoolean()) {
                s.insert(random.nextInt(s.length() + 1), '.');
            }
            if (random.nextBoolean()) {
                s.append('e').append(random.nextInt(700) - 350);
            }
            sameAsJdk(s.toString());
        }
    }

    @Test
    void textThatIsNotADecimalIsRefused() {
        for (String s : new String[] {"", " ", "-", ".", "e5", "1e", "1e+", "1.2.3", "1,5", "NaN", "Infinity",
            "-Infinity", "0x10", "1d", "2f", "1 2", "--1", "1e5.5"}) {
            assertThrows(NumberFormatException.class, () -> DecimalParser.parse(s), s);
        }
    }
}
