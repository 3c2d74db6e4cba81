package app.spotter.json;

import app.spotter.text.DecimalParser;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;

/**
 * Reads JSON text (RFC 8259, strict) into nanojson's tree, the same tree and number types as nanojson's own parser:
 * a decimal or exponent is a Double; a whole number an Integer or Long by its count of digits, and beyond a long the
 * nearest Double (nanojson: a BigInteger; java.math was 7 KB of the gzipped browser bundle). It walks
 * the string itself; in the browser nanojson's tokenizer pulls every character through a Reader, and parsing on a
 * page load took twice as long with it (CPU profile of the player and the Workouts screen); ours is smaller too.
 */
final class JsonTreeReader {
    private final String text;
    private int at;

    private JsonTreeReader(String text) {
        this.text = text;
    }

    /** The value the text holds; throws {@link Malformed} naming the position of the first fault. */
    static Object read(String text) {
        JsonTreeReader reader = new JsonTreeReader(text);
        Object value = reader.value();
        reader.skipSpace();
        if (reader.at < text.length()) {
            throw reader.fault("unexpected text after the value");
        }
        return value;
    }

    /** Text that is not JSON; the message says what was wrong and where. */
    static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message);
        }
    }

    private Object value() {
        skipSpace();
        if (at >= text.length()) {
            throw fault("the text ends where a value was expected");
        }
        char c = text.charAt(at);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw fault("unexpected character '" + c + "'");
        }
    }

    private JsonObject object() {
        JsonObject obj = new JsonObject();
        at++;
        skipSpace();
        if (peek() == '}') {
            at++;
            return obj;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw fault("a key in quotes was expected");
            }
            String key = string();
            skipSpace();
            expect(':');
            obj.put(key, value());
            skipSpace();
            char c = next();
            if (c == '}') {
                return obj;
            }
            if (c != ',') {
                at--;
                throw fault("',' or '}' was expected");
            }
        }
    }

    private JsonArray array() {
        JsonArray array = new JsonArray();
        at++;
        skipSpace();
        if (peek() == ']') {
            at++;
            return array;
        }
        while (true) {
            array.add(value());
            skipSpace();
            char c = next();
            if (c == ']') {
                return array;
            }
            if (c != ',') {
                at--;
                throw fault("',' or ']' was expected");
            }
        }
    }

    private String string() {
        at++;
        int start = at;
        // Most strings have no escape: one substring, no builder.
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '"') {
                return text.substring(start, at++);
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
            at++;
        }
        StringBuilder out = new StringBuilder(text.length() - start).append(text, start, at);
        while (true) {
            if (at >= text.length()) {
                throw fault("a string is not closed");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                at--;
                throw fault("a control character inside a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = next();
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(unicode());
                default -> {
                    at--;
                    throw fault("an unknown escape");
                }
            }
        }
    }

    private char unicode() {
        int value = 0;
        for (int i = 0; i < 4; i++) {
            char c = next();
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0) {
                at--;
                throw fault("a \\u escape needs four hex digits");
            }
            value = value * 16 + digit;
        }
        return (char) value;
    }

    private Number number() {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        int intStart = at;
        if (peek() == '0') {
            at++;
        } else if (!digitsAhead()) {
            throw fault("a digit was expected");
        }
        boolean decimal = false;
        if (peek() == '.') {
            at++;
            decimal = true;
            if (!digitsAhead()) {
                throw fault("a digit was expected after '.'");
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            at++;
            decimal = true;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            if (!digitsAhead()) {
                throw fault("a digit was expected in the exponent");
            }
        }
        // Anything else run on ("1x", "1e5e") fails where a ',' or the end was expected; no Unicode tables
        // (Character.isLetter) are woken up for it, which in the browser cost more than the parse.
        char after = peek();
        if (after >= '0' && after <= '9' || after == '-' || after == '+' || after == '.') {
            throw fault("a malformed number");
        }
        String digits = text.substring(start, at);
        if (decimal || digits.equals("-0")) {
            return DecimalParser.parse(digits);
        }
        int length = at - intStart;
        char first = text.charAt(intStart);
        if (length < 10 || (length == 10 && first < '2')) {
            return Integer.parseInt(digits);
        }
        if (length < 19 || (length == 19 && first < '9')) {
            return Long.parseLong(digits);
        }
        // Beyond a long (nanojson: a BigInteger) no document of ours has a meaning for it: the nearest double.
        return DecimalParser.parse(digits);
    }

    private boolean digitsAhead() {
        int start = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        return at > start;
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw fault("unexpected text");
        }
        at += word.length();
        return value;
    }

    private void expect(char wanted) {
        if (peek() != wanted) {
            throw fault("'" + wanted + "' was expected");
        }
        at++;
    }

    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private char next() {
        if (at >= text.length()) {
            at++;
            throw fault("the text ends too early");
        }
        return text.charAt(at++);
    }

    private void skipSpace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }

    private Malformed fault(String what) {
        return new Malformed(what + " at character " + Math.min(at, text.length()));
    }
}
