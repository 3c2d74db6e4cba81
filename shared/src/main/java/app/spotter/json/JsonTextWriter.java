package app.spotter.json;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes nanojson's tree as JSON text, character for character as nanojson's {@code JsonWriter.string} does
 * (JsonTextWriterTest compares them): compact, keys in the map's order, a number by its toString, and nanojson's
 * escapes. A string that needs no escape is appended in one piece; in the browser
 * nanojson's writer pushed every character through its own state checks, which was most of what is left of the
 * player's save (scripts/bench), and it was 5 KB of the gzipped bundle.
 */
final class JsonTextWriter {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonTextWriter() {
    }

    static String write(Object value) {
        // Room for a workout's exercise or header at once: growing by doubling from 16 copied each one several times.
        StringBuilder out = new StringBuilder(1024);
        value(out, value, false);
        return out.toString();
    }

    private static void value(StringBuilder out, Object value, boolean member) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(out, text);
        } else if (value instanceof Number number) {
            number(out, number, member);
        } else if (value instanceof Boolean flag) {
            out.append(flag ? "true" : "false");
        } else if (value instanceof Map<?, ?> map) {
            object(out, map);
        } else if (value instanceof Collection<?> list) {
            array(out, list);
        } else {
            throw new IllegalArgumentException("not a JSON value");
        }
    }

    // As nanojson: NaN and the infinities are null in an array and at the top, but their own (invalid) text as an
    // object's member.
    private static void number(StringBuilder out, Number number, boolean member) {
        boolean notFinite = !member && (number instanceof Double || number instanceof Float)
                && (Double.isNaN(number.doubleValue()) || Double.isInfinite(number.doubleValue()));
        out.append(notFinite ? "null" : number.toString());
    }

    private static void object(StringBuilder out, Map<?, ?> map) {
        out.append('{');
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            string(out, (String) entry.getKey());
            out.append(':');
            value(out, entry.getValue(), true);
            if (entries.hasNext()) {
                out.append(',');
            }
        }
        out.append('}');
    }

    private static void array(StringBuilder out, Collection<?> list) {
        out.append('[');
        boolean first = true;
        for (Object item : list) {
            if (!first) {
                out.append(',');
            }
            value(out, item, false);
            first = false;
        }
        out.append(']');
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean closingTag = c == '/' && i > 0 && text.charAt(i - 1) == '<';
            if (needsEscape(c) || closingTag) {
                out.append(text, start, i);
                if (closingTag) {
                    out.append("\\/");
                } else {
                    escape(out, c);
                }
                start = i + 1;
            }
        }
        if (start == 0) {
            out.append(text);
        } else {
            out.append(text, start, text.length());
        }
        out.append('"');
    }

    // What nanojson escapes: controls (C0 and C1), the quote and backslash, U+2000..U+20FF (U+2028/9 among them), and
    // the slash of "</" (so no "</script>" ends up in a page).
    private static boolean needsEscape(char c) {
        return c < 0x20 || c == '"' || c == '\\' || (c >= 0x80 && c <= 0x9F) || (c >= 0x2000 && c <= 0x20FF);
    }

    private static void escape(StringBuilder out, char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\b' -> out.append("\\b");
            case '\t' -> out.append("\\t");
            case '\n' -> out.append("\\n");
            case '\f' -> out.append("\\f");
            case '\r' -> out.append("\\r");
            default -> out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15])
                    .append(HEX[c & 15]);
        }
    }
}
