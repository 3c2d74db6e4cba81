package app.spotter.server.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Seeded hostile variants of a valid JSON document, as bytes: broken structure, wrong types, huge or negative
 * numbers, deep nesting, invalid UTF-8, lone surrogate escapes, control characters, truncation, random bytes.
 */
final class HostileDocuments {
    private static final String[] VALUES = {"null", "\"\"", "-1", "1e308", "-1e308", "\"NaN\"", "true", "[]", "{}",
        "99999999999999999999999", "0.0000001", "\"\\ud800\"", "\"A\\udc00B\"", "\"\\u0000\"", "\"\\n\\r\\t\"",
        "\"=HYPERLINK(\\\"x\\\")\"", "\"<script>alert(1)</script>\"", "2147483648", "-9223372036854775809", "\"1\"",
        "[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]"};

    private final Random random;

    HostileDocuments(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    byte[] mutate(String valid) {
        switch (random.nextInt(12)) {
            case 0: return bytes(valid.substring(0, random.nextInt(valid.length())));
            case 1: return bytes(replaceValue(valid));
            case 2: return bytes(replaceValue(replaceValue(valid)));
            case 3: return invalidUtf8(valid);
            case 4: return bytes(insert(valid, String.valueOf("{}[]\",:\\".charAt(random.nextInt(8)))));
            case 5: return bytes("[".repeat(500 + random.nextInt(5000)) + "]".repeat(random.nextInt(3)));
            case 6: return bytes(valid.replaceFirst("\"[a-zA-Z]+\"\\s*:",
                    "\"" + "k".repeat(random.nextInt(3)) + "\":"));
            case 7: return bytes(insert(valid, "\"x" + random.nextInt(99) + "\":" + pick() + ","));
            case 8: return randomBytes();
            case 9: return bytes(valid.replaceFirst("\"[^\"]{1,40}\"",
                    "\"" + "W".repeat(1 + random.nextInt(5000)) + "\""));
            case 10: return bytes(valid + valid);
            default: return bytes(replaceValue(valid).replace("\"name\"", "\"name\",\"name\":" + pick()));
        }
    }

    /** A path segment for a DELETE or PUT by id: never one that exists. */
    String hostileId() {
        String[] ids = {"%00", "..%2F..%2Fetc", "%C3%28", "%ED%A0%80", "x".repeat(2000), "'%20OR%201=1--", "%E2%80%AE",
            "a%2Fb", "%20", "-1", "99999999999999999999", "%F0%9F%92%AA"};
        return ids[random.nextInt(ids.length)] + random.nextInt(1000);
    }

    private String replaceValue(String doc) {
        int colon = nthColon(doc);
        if (colon < 0) {
            return doc;
        }
        int end = colon + 1;
        int depth = 0;
        boolean inString = false;
        for (; end < doc.length(); end++) {
            char c = doc.charAt(end);
            if (inString) {
                if (c == '\\') {
                    end++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                break;
            }
        }
        return doc.substring(0, colon + 1) + pick() + doc.substring(end);
    }

    private int nthColon(String doc) {
        int count = 0;
        for (int i = 0; i < doc.length(); i++) {
            if (doc.charAt(i) == ':') {
                count++;
            }
        }
        if (count == 0) {
            return -1;
        }
        int wanted = random.nextInt(count);
        for (int i = 0; i < doc.length(); i++) {
            if (doc.charAt(i) == ':' && wanted-- == 0) {
                return i;
            }
        }
        return -1;
    }

    private String pick() {
        return VALUES[random.nextInt(VALUES.length)];
    }

    private String insert(String doc, String text) {
        int at = random.nextInt(doc.length() + 1);
        return doc.substring(0, at) + text + doc.substring(at);
    }

    private byte[] invalidUtf8(String valid) {
        byte[] bytes = bytes(valid);
        int quote = valid.indexOf('"', random.nextInt(Math.max(1, valid.length() - 1)));
        int at = quote < 0 ? random.nextInt(bytes.length) : Math.min(bytes.length - 1, quote + 1);
        byte[] bad = {(byte) 0xC3, (byte) 0xFF, (byte) 0xED, (byte) 0x80, (byte) 0xF8};
        bytes[at] = bad[random.nextInt(bad.length)];
        return bytes;
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[1 + random.nextInt(300)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
