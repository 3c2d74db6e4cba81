package app.spotter.workout;

import app.spotter.json.JsonNumbers;

/**
 * A hybrid logical clock stamp: physical milliseconds (server-time estimate), a counter for changes within one
 * millisecond, and the id of the device that made it. Totally ordered by (millis, counter, node); text form
 * {@code "<millis>.<counter>.<node>"}.
 */
public record Stamp(long millis, int counter, String node) implements Comparable<Stamp> {
    public static final int NODE_MAX_CHARS = 32;

    public Stamp {
        if (millis < 0 || counter < 0 || !isNode(node)) {
            throw new IllegalArgumentException("not a stamp: " + millis + "." + counter + "." + node);
        }
    }

    @Override
    public int compareTo(Stamp other) {
        if (millis != other.millis) {
            return millis < other.millis ? -1 : 1;
        }
        if (counter != other.counter) {
            return counter < other.counter ? -1 : 1;
        }
        return node.compareTo(other.node);
    }

    /** True when this stamp is later than {@code other}; every stamp is later than none ({@code null}). */
    public boolean isAfter(Stamp other) {
        return other == null || compareTo(other) > 0;
    }

    /** The later of two stamps; either may be null. */
    public static Stamp max(Stamp a, Stamp b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }

    /** The earlier of two stamps; either may be null (then the other). */
    public static Stamp min(Stamp a, Stamp b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) <= 0 ? a : b;
    }

    /** True when {@code stamp} exists and is later than {@code watermark} (which may be null: everything is). */
    public static boolean after(Stamp stamp, Stamp watermark) {
        return stamp != null && stamp.isAfter(watermark);
    }

    public String text() {
        return JsonNumbers.whole(millis) + "." + counter + "." + node;
    }

    @Override
    public String toString() {
        return text();
    }

    /** Reads the text form; throws IllegalArgumentException on anything else. */
    public static Stamp parse(String text) {
        int first = text == null ? -1 : text.indexOf('.');
        int second = first < 0 ? -1 : text.indexOf('.', first + 1);
        if (second < 0) {
            throw new IllegalArgumentException("not a stamp: " + text);
        }
        long millis = digits(text.substring(0, first), 16, text);
        long counter = digits(text.substring(first + 1, second), 9, text);
        return new Stamp(millis, (int) counter, text.substring(second + 1));
    }

    /** Node ids: 1 to 32 letters, digits, '-' or '_' (no '.', which separates the parts of a stamp). */
    public static boolean isNode(String node) {
        if (node == null || node.isEmpty() || node.length() > NODE_MAX_CHARS) {
            return false;
        }
        for (int i = 0; i < node.length(); i++) {
            char c = node.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static long digits(String part, int maxDigits, String whole) {
        if (part.isEmpty() || part.length() > maxDigits) {
            throw new IllegalArgumentException("not a stamp: " + whole);
        }
        long value = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a stamp: " + whole);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
