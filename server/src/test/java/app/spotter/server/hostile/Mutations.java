package app.spotter.server.hostile;

import app.spotter.json.Json;
import app.spotter.server.support.Gen;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** Turns a valid JSON document into a hostile one: one value replaced, one field dropped, or the text cut. */
final class Mutations {
    private Mutations() {
    }

    /** A mutation applied to the document {@code valid}. */
    static Gen<String> of(String valid) {
        int paths = paths(Json.parseObject(valid)).size();
        Gen<Integer> path = Gen.between(0, paths - 1);
        Gen<String> replaced = random -> replace(valid, path.next(random), hostileValues().next(random), false);
        Gen<String> dropped = path.map(index -> replace(valid, index, null, true));
        Gen<String> truncated = Gen.between(0, valid.length() - 1).map(cut -> valid.substring(0, cut));
        Gen<String> garbage = Gen.strings(200);
        return Gen.frequency(6, replaced, 2, dropped, 1, truncated, 1, garbage);
    }

    /** Values no field of ours should take as they are: wrong types, out-of-range and absurd numbers, deep nests. */
    static Gen<Object> hostileValues() {
        return Gen.oneOf(
                Gen.of(-1, -1000, Integer.MIN_VALUE, Integer.MAX_VALUE, 1001, 3601, 2001),
                Gen.of(Long.MAX_VALUE, Long.MIN_VALUE, -1L),
                Gen.of(1e300, -1e300, 0.5, -0.0001, 2000.0001, 1e-300),
                Gen.strings(150),
                Gen.of("", "NaN", "Infinity", "<script>alert(1)</script>", "null"),
                Gen.of(Boolean.TRUE, Boolean.FALSE),
                random -> new JsonArray(),
                random -> new JsonObject(),
                Gen.between(1, 14).map(Mutations::nested));
    }

    private static Object nested(int depth) {
        JsonArray array = new JsonArray();
        JsonArray inner = array;
        for (int i = 0; i < depth; i++) {
            JsonArray next = new JsonArray();
            inner.add(next);
            inner = next;
        }
        return array;
    }

    private static String replace(String valid, int index, Object value, boolean drop) {
        JsonObject doc = Json.parseObject(valid);
        Object[] target = paths(doc).get(index);
        Object container = target[0];
        if (container instanceof JsonObject obj) {
            if (drop) {
                obj.remove((String) target[1]);
            } else {
                obj.put((String) target[1], value);
            }
        } else {
            JsonArray array = (JsonArray) container;
            int i = (Integer) target[1];
            if (drop) {
                array.remove(i);
            } else {
                array.set(i, value);
            }
        }
        return Json.write(doc);
    }

    /** Every (container, key-or-index) pair in the document. */
    private static List<Object[]> paths(Object node) {
        List<Object[]> out = new ArrayList<>();
        if (node instanceof JsonObject obj) {
            for (String key : obj.keySet()) {
                out.add(new Object[] {obj, key});
                out.addAll(paths(obj.get(key)));
            }
        } else if (node instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                out.add(new Object[] {array, i});
                out.addAll(paths(array.get(i)));
            }
        }
        return out;
    }
}
