package app.spotter.server.migrate;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The row count and SHA-256 of one table, fed row by row in primary-key order. Each value goes in as its
 * {@link CanonicalValue} with a length prefix (NULL as length -1), so no two different rows hash alike. It also
 * checks that keys come strictly increasing by bytes, so both databases provably fed the same order.
 */
final class TableDigest {
    private final Table table;
    private final MessageDigest sha256;
    private byte[][] previousKey;
    private long rows;

    TableDigest(Table table) {
        this.table = table;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds one row, its values in the table's column order as the driver returned them. */
    void add(Object[] values) {
        List<Table.Column> columns = table.columns();
        byte[][] key = new byte[table.primaryKey().size()][];
        int k = 0;
        for (int i = 0; i < columns.size(); i++) {
            String text = CanonicalValue.of(values[i], columns.get(i).kind());
            byte[] bytes = text == null ? null : text.getBytes(StandardCharsets.UTF_8);
            sha256.update(ByteBuffer.allocate(4).putInt(bytes == null ? -1 : bytes.length).array());
            if (bytes != null) {
                sha256.update(bytes);
            }
            if (table.primaryKey().contains(columns.get(i))) {
                key[k++] = keyBytes(values[i], columns.get(i).kind(), bytes);
            }
        }
        if (previousKey != null && compare(previousKey, key) >= 0) {
            throw new IllegalStateException("the rows of " + table.name() + " did not come in primary-key order");
        }
        previousKey = key;
        rows++;
    }

    /** Integers compare as numbers (big-endian with the sign bit flipped), anything else by its UTF-8 bytes. */
    private static byte[] keyBytes(Object value, ColumnKind kind, byte[] text) {
        if (text == null || (kind != ColumnKind.INTEGER && kind != ColumnKind.BOOLEAN)) {
            return text == null ? new byte[0] : text;
        }
        long number = Long.parseLong(new String(text, StandardCharsets.UTF_8));
        return ByteBuffer.allocate(8).putLong(number ^ Long.MIN_VALUE).array();
    }

    private static int compare(byte[][] a, byte[][] b) {
        for (int i = 0; i < a.length; i++) {
            int c = Arrays.compareUnsigned(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    TableSummary finish() {
        return new TableSummary(table.name(), rows, HexFormat.of().formatHex(sha256.digest()));
    }

    /** A table's count and checksum as printed. */
    record TableSummary(String table, long rows, String sha256) {
    }
}
