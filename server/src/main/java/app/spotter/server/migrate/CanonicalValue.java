package app.spotter.server.migrate;

import java.nio.charset.StandardCharsets;

/**
 * One value as the same text on either database, whatever type its driver hands back: SQLite keeps booleans as
 * 0/1 integers and may answer an INTEGER column with an Integer or a Long, PostgreSQL a Boolean or a Long; a REAL
 * is the shortest text that reads back as the same double. The column's kind (the target's type) decides.
 */
final class CanonicalValue {
    private CanonicalValue() {
    }

    /** The canonical text of {@code value} in a column of {@code kind}; null for SQL NULL. */
    static String of(Object value, ColumnKind kind) {
        if (value == null) {
            return null;
        }
        return switch (kind) {
            case INTEGER, BOOLEAN -> Long.toString(asLong(value));
            case REAL -> value instanceof Number n ? Double.toString(n.doubleValue()) : "?" + value;
            case TEXT -> value instanceof byte[] bytes ? "?bytes:" + new String(bytes, StandardCharsets.ISO_8859_1)
                    : value.toString();
        };
    }

    /** The value to bind on the target, or a clear failure for a value the column cannot hold. */
    static Object forTarget(Object value, ColumnKind kind, String where) {
        if (value == null) {
            return null;
        }
        return switch (kind) {
            case INTEGER -> asLong(checkNumber(value, where));
            case BOOLEAN -> asLong(checkNumber(value, where)) != 0;
            case REAL -> ((Number) checkNumber(value, where)).doubleValue();
            case TEXT -> {
                String text = value.toString();
                if (text.indexOf('\u0000') >= 0) {
                    throw new IllegalStateException(where + " holds the character U+0000, which PostgreSQL cannot"
                            + " store in text");
                }
                yield text;
            }
        };
    }

    private static Object checkNumber(Object value, String where) {
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        throw new IllegalStateException(where + " holds '" + value + "' where a number belongs");
    }

    private static long asLong(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (d != Math.rint(d)) {
                throw new IllegalStateException("the value " + d + " is not a whole number");
            }
            return (long) d;
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        throw new IllegalStateException("'" + value + "' is not a number");
    }
}
