package app.spotter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.validation.ValidationException;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import com.grack.nanojson.JsonParser;
import com.grack.nanojson.JsonParserException;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Our reader gives nanojson's parser's tree, number types included (but a whole number beyond a long, a BigInteger
 * there, is the nearest Double here), and refuses what nanojson refuses.
 */
class JsonTreeReaderTest {
    private static final String[] ATOMS = {"0", "-0", "7", "-12", "62.5", "1e3", "-2.5E-3", "2147483647",
        "2147483648", "1999999999", "2000000000", "-2147483648", "9223372036854775807", "8999999999999999999",
        "9999999999999999999", "123456789012345678901234", "true", "false", "null", "\"\"", "\"plain\"",
        "\"esc \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\uD83D\\uDE00\"", "\"caf\u00e9 \u2028\""};

    @Test
    void randomDocumentsGiveNanojsonsTreeWithTheSameNumberTypes() throws Exception {
        Random random = new Random(3);
        for (int i = 0; i < 3000; i++) {
            String text = document(random, 0);
            Object ours = JsonTreeReader.read(text);
            Object theirs = bigAsDouble(JsonParser.any().from(text));
            assertEquals(theirs, ours, text);
            assertEquals(types(theirs), types(ours), text);
        }
    }

    @Test
    void mutatedDocumentsAreRefusedExactlyWhenNanojsonRefusesThem() {
        Random random = new Random(5);
        String alphabet = "{}[],:\"\\ -+.eE0123456789tfnulrsa\u0001\n";
        for (int i = 0; i < 30_000; i++) {
            StringBuilder text = new StringBuilder(document(random, 0));
            for (int m = 1 + random.nextInt(3); m > 0 && text.length() > 0; m--) {
                int where = random.nextInt(text.length());
                switch (random.nextInt(3)) {
                    case 0 -> text.deleteCharAt(where);
                    case 1 -> text.insert(where, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> text.setCharAt(where, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String mutated = text.toString();
            Object theirs;
            try {
                theirs = bigAsDouble(JsonParser.any().from(mutated));
            } catch (JsonParserException refused) {
                assertThrows(JsonTreeReader.Malformed.class, () -> JsonTreeReader.read(mutated), mutated);
                continue;
            }
            Object ours = JsonTreeReader.read(mutated);
            assertEquals(theirs, ours, mutated);
            assertEquals(types(theirs), types(ours), mutated);
        }
    }

    @Test
    void malformedTextIsAValidationErrorNamingWhereItWentWrong() {
        ValidationException e = assertThrows(ValidationException.class, () -> Json.parseObject("{\"a\": [1, 2}"));
        assertTrue(e.first().message().startsWith("Malformed JSON: "), e.first().message());
        assertTrue(e.first().message().contains("character 11"), e.first().message());
        assertThrows(ValidationException.class, () -> Json.parseObject("[1]"));
        assertThrows(ValidationException.class, () -> Json.parseArray("{}"));
        assertThrows(ValidationException.class, () -> Json.parseObject(""));
    }

    @Test
    void largeNumbersKeepNanojsonsTypesUpToALong() {
        JsonArray array = Json.parseArray("[1999999999, 2000000000, 8999999999999999999, 9000000000000000000]");
        assertEquals(Integer.class, array.get(0).getClass());
        assertEquals(Long.class, array.get(1).getClass());
        assertEquals(Long.class, array.get(2).getClass());
        assertEquals(Double.class, array.get(3).getClass());
        assertEquals(9e18, array.getDouble(3));
        assertEquals(1.2345678901234568e23, Json.parseArray("[123456789012345678901234]").getDouble(0));
    }

    private static String document(Random random, int depth) {
        int kind = depth > 4 ? 2 : random.nextInt(3);
        if (kind == 0) {
            StringBuilder out = new StringBuilder("{");
            for (int i = random.nextInt(4); i > 0; i--) {
                out.append(space(random)).append("\"k").append(random.nextInt(5)).append('"').append(space(random))
                        .append(':').append(document(random, depth + 1)).append(i > 1 ? "," : "");
            }
            return out.append(space(random)).append('}').toString();
        }
        if (kind == 1) {
            StringBuilder out = new StringBuilder("[");
            for (int i = random.nextInt(4); i > 0; i--) {
                out.append(document(random, depth + 1)).append(i > 1 ? "," : "");
            }
            return out.append(space(random)).append(']').toString();
        }
        return space(random) + ATOMS[random.nextInt(ATOMS.length)] + space(random);
    }

    private static String space(Random random) {
        return new String[] {"", "", " ", "\n\t ", "\r\n"}[random.nextInt(5)];
    }

    /** nanojson's tree with each BigInteger as the nearest Double, as our reader gives it. */
    private static Object bigAsDouble(Object value) {
        if (value instanceof JsonObject obj) {
            JsonObject out = new JsonObject();
            obj.forEach((k, v) -> out.put(k, bigAsDouble(v)));
            return out;
        }
        if (value instanceof JsonArray array) {
            JsonArray out = new JsonArray();
            array.forEach(v -> out.add(bigAsDouble(v)));
            return out;
        }
        return value instanceof BigInteger big ? (Object) big.doubleValue() : value;
    }

    private static String types(Object value) {
        if (value instanceof JsonObject obj) {
            StringBuilder out = new StringBuilder("{");
            obj.forEach((k, v) -> out.append(k).append('=').append(types(v)).append(','));
            return out.append('}').toString();
        }
        if (value instanceof JsonArray array) {
            StringBuilder out = new StringBuilder("[");
            array.forEach(v -> out.append(types(v)).append(','));
            return out.append(']').toString();
        }
        return value == null ? "null" : value.getClass().getSimpleName();
    }
}
