package app.spotter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import com.grack.nanojson.JsonWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Our writer gives nanojson's writer's text, character for character. */
class JsonTextWriterTest {
    private static final Object[] ATOMS = {0, -7, Integer.MAX_VALUE, Long.MIN_VALUE, 10_000_000_000L, 62.5, -0.0, 0.0,
        1e300, 2.4e-4, 1.0e7, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 5f, Float.NaN,
        JsonNumbers.of(82.5), JsonNumbers.of(1_700_000_000_000L), true, false, null, "", "plain", "Bench Press"};

    @Test
    void everyCharacterIsWrittenAsNanojsonWritesIt() {
        for (int c = 0; c < 0x10000; c++) {
            String text = "a" + (char) c + "b" + (char) c;
            assertEquals(JsonWriter.string(text), JsonTextWriter.write(text), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void everyPairOfAsciiCharactersIsWrittenAsNanojsonWritesIt() {
        for (int a = 0; a < 128; a++) {
            for (int b = 0; b < 128; b++) {
                String text = "" + (char) a + (char) b + "/" + (char) b;
                assertEquals(JsonWriter.string(text), JsonTextWriter.write(text), a + " " + b);
            }
        }
        assertEquals("\"<\\/script>\"", JsonTextWriter.write("</script>"));
    }

    @Test
    void randomTreesAreWrittenAsNanojsonWritesThem() {
        Random random = new Random(7);
        for (int i = 0; i < 5000; i++) {
            Object tree = tree(random, 0);
            assertEquals(JsonWriter.string(tree), JsonTextWriter.write(tree));
            assertEquals(JsonWriter.string(tree), Json.write(tree));
        }
    }

    private static Object tree(Random random, int depth) {
        int kind = depth > 3 ? 2 : random.nextInt(3);
        if (kind == 0) {
            JsonObject obj = new JsonObject();
            for (int i = random.nextInt(5); i > 0; i--) {
                obj.put(text(random), tree(random, depth + 1));
            }
            return obj;
        }
        if (kind == 1) {
            JsonArray array = new JsonArray();
            for (int i = random.nextInt(5); i > 0; i--) {
                array.add(tree(random, depth + 1));
            }
            return array;
        }
        if (random.nextInt(4) == 0) {
            return text(random);
        }
        return random.nextInt(5) == 0 ? random.nextDouble() * Math.pow(10, random.nextInt(40) - 20)
                : ATOMS[random.nextInt(ATOMS.length)];
    }

    private static String text(Random random) {
        String alphabet = "ab<> \"\\/\n\t\r\b\f\u0000\u001f\u007f\u0080\u009f\u00a0é\u2013\u2028\u20ac\u2100\ud83d\ude00";
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
