package app.spotter.server.http;

import app.spotter.json.Json;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A request body as text, strictly: bytes that are not UTF-8 and {@code \\u} escapes that leave half of a
 * surrogate pair are refused with 400 naming the field, so no stored string ever holds U+FFFD or '?' in their place.
 */
public final class BodyText {
    private BodyText() {
    }

    public static String decode(byte[] bytes) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = strict.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            String lenient = new String(bytes, StandardCharsets.UTF_8);
            throw ApiException.invalid(fieldWhere(lenient, s -> s.indexOf('\uFFFD') >= 0),
                    "The body is not valid UTF-8");
        }
        refuseLoneSurrogates(text, "");
        refuseNul(text, "");
        return text;
    }

    /** The refusal of U+0000 in stored text. */
    public static final String NUL_MESSAGE = "Text must not contain the character U+0000";

    /**
     * Refuses JSON text holding U+0000 (raw or as an escape), naming the field: PostgreSQL cannot store it in text,
     * and no one types it, so it is refused on either database and a document stores the same on both.
     */
    public static void refuseNul(String json, String where) {
        if (json.indexOf('\0') >= 0 || hasNulEscape(json)) {
            String field = fieldWhere(json, s -> s.indexOf('\0') >= 0);
            throw ApiException.invalid(where.isEmpty() ? field : field.isEmpty() ? where : where + "." + field,
                    NUL_MESSAGE);
        }
    }

    private static boolean hasNulEscape(String text) {
        for (int i = text.indexOf("\\u0000"); i >= 0; i = text.indexOf("\\u0000", i + 1)) {
            if (i == 0 || !precededByOddBackslashes(text, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Refuses JSON text whose escapes leave half of a surrogate pair, naming the field; {@code where} is put in
     * front of the field for a part of a larger document (an entry of an import file).
     */
    public static void refuseLoneSurrogates(String json, String where) {
        if (json.contains("\\u") && hasLoneSurrogateEscape(json)) {
            String field = fieldWhere(json, BodyText::hasLoneSurrogate);
            throw ApiException.invalid(where.isEmpty() ? field : field.isEmpty() ? where : where + "." + field,
                    "Text must not contain half of a surrogate pair");
        }
    }

    public static boolean hasLoneSurrogate(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** True when the text's escapes, decoded, would leave a lone surrogate (the raw text itself has none). */
    private static boolean hasLoneSurrogateEscape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (int i = text.indexOf("\\u"); i >= 0 && i + 6 <= text.length(); i = text.indexOf("\\u", i + 1)) {
            if (i > 0 && precededByOddBackslashes(text, i)) {
                continue;
            }
            try {
                escaped.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
            } catch (NumberFormatException e) {
                continue;
            }
            boolean next = text.startsWith("\\u", i + 6);
            if (!next) {
                escaped.append(' ');
            }
        }
        return hasLoneSurrogate(escaped);
    }

    private static boolean precededByOddBackslashes(String text, int at) {
        int n = 0;
        for (int i = at - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    /** The path of the first string (key or value) that matches, e.g. {@code exercises[0].name}; "" when none. */
    private static String fieldWhere(String text, Predicate<String> bad) {
        Object tree;
        try {
            tree = text.trim().startsWith("[") ? Json.parseArray(text) : Json.parseObject(text);
        } catch (RuntimeException unparsable) {
            return "";
        }
        String found = find(tree, "", bad);
        return found == null ? "" : found;
    }

    private static String find(Object node, String path, Predicate<String> bad) {
        if (node instanceof JsonObject object) {
            for (Map.Entry<String, Object> entry : object.entrySet()) {
                String here = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
                if (bad.test(entry.getKey())) {
                    return here;
                }
                String inside = find(entry.getValue(), here, bad);
                if (inside != null) {
                    return inside;
                }
            }
        } else if (node instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                String inside = find(array.get(i), path + "[" + i + "]", bad);
                if (inside != null) {
                    return inside;
                }
            }
        } else if (node instanceof String s && bad.test(s)) {
            return path;
        }
        return null;
    }
}
