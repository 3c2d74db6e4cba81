package app.spotter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.grack.nanojson.JsonArray;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written number texts are Java's, digit for digit, on every path. */
class JsonNumbersTest {
    @Test
    void everyWeightWithUpToTwoDecimalsIsWrittenAsDoubleToStringWritesIt() {
        for (int cents = 0; cents <= 2_000_000; cents++) {
            double value = cents / 100.0;
            assertEquals(Double.toString(value), JsonNumbers.decimal(value), "cents " + cents);
        }
    }

    @Test
    void otherDecimalsNegativesAndEdgesFallBackToJavasText() {
        Random random = new Random(7);
        double[] edges = {-0.0, 0.0, -1.5, 0.001, 0.005, 0.015, 1e7 - 0.01, 1e7, 1e7 + 0.5, 9_999_999.99, 1e-7,
            0.1 + 0.2, 62.49999999999999, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double value : edges) {
            assertEquals(Double.toString(value), JsonNumbers.decimal(value), "value " + value);
        }
        for (int i = 0; i < 200_000; i++) {
            double value = (random.nextDouble() - 0.1) * Math.pow(10, random.nextInt(12) - 3);
            assertEquals(Double.toString(value), JsonNumbers.decimal(value), "value " + value);
        }
    }

    @Test
    void wholeNumbersAreWrittenAsLongToStringWritesThem() {
        long[] edges = {0, 1, 9, 999_999_999, 1_000_000_000, 1_000_000_001, 1_764_620_000_000L,
            999_999_999_999_999_999L, 1_000_000_000_000_000_000L, Long.MAX_VALUE, -1, Long.MIN_VALUE};
        for (long value : edges) {
            assertEquals(Long.toString(value), JsonNumbers.whole(value), "value " + value);
        }
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            long value = random.nextLong() >>> random.nextInt(64);
            assertEquals(Long.toString(value), JsonNumbers.whole(value), "value " + value);
        }
    }

    @Test
    void inATreeTheNumbersAreWrittenAsTheBoxedOnesAndReadBackAsThemselves() {
        JsonArray hand = new JsonArray();
        JsonArray boxed = new JsonArray();
        for (double value : new double[] {60, 62.5, 22.75, 0.1 + 0.2, Double.NaN}) {
            hand.add(JsonNumbers.of(value));
            boxed.add(value);
        }
        hand.add(JsonNumbers.of(1_764_620_000_123L));
        boxed.add(1_764_620_000_123L);

        assertEquals(Json.write(boxed), Json.write(hand));
        assertEquals(62.5, hand.getDouble(1));
        assertEquals(1_764_620_000_123L, hand.getLong(5));
    }
}
