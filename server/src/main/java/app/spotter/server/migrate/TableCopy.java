package app.spotter.server.migrate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jdbi.v3.core.Handle;

/** Copies one table from the SQLite file into PostgreSQL, returning the source's count and checksum as read. */
interface TableCopy {
    /** Rows fetched at a time when reading a table back. */
    int FETCH_SIZE = 1000;

    TableDigest.TableSummary copy(Handle source, Handle target, Table table);

    /** Streams the rows in key order and inserts them in batches; the target transaction is the caller's. */
    TableCopy BATCHED = new TableCopy() {
        private static final int BATCH = 500;

        @Override
        public TableDigest.TableSummary copy(Handle source, Handle target, Table table) {
            TableDigest digest = new TableDigest(table);
            int width = table.columns().size();
            try (Statement read = source.getConnection().createStatement();
                 ResultSet rows = read.executeQuery(table.selectInKeyOrder(false));
                 PreparedStatement insert = target.getConnection().prepareStatement(table.insert())) {
                int pending = 0;
                while (rows.next()) {
                    Object[] values = new Object[width];
                    for (int i = 0; i < width; i++) {
                        values[i] = rows.getObject(i + 1);
                        Table.Column column = table.columns().get(i);
                        insert.setObject(i + 1, CanonicalValue.forTarget(values[i], column.kind(),
                                table.name() + "." + column.name()));
                    }
                    digest.add(values);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("copying " + table.name() + " failed: " + rootMessage(e), e);
            }
            return digest.finish();
        }
    };

    /** Counts and hashes {@code table} as it stands in the database of {@code h}. */
    static TableDigest.TableSummary summarize(Handle h, Table table, boolean postgres) {
        TableDigest digest = new TableDigest(table);
        int width = table.columns().size();
        try (Statement read = h.getConnection().createStatement()) {
            // In a transaction, PostgreSQL's driver then reads through a cursor instead of holding every row.
            read.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = read.executeQuery(table.selectInKeyOrder(postgres))) {
                while (rows.next()) {
                    Object[] values = new Object[width];
                    for (int i = 0; i < width; i++) {
                        values[i] = rows.getObject(i + 1);
                    }
                    digest.add(values);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading " + table.name() + " failed: " + rootMessage(e), e);
        }
        return digest.finish();
    }

    private static String rootMessage(SQLException e) {
        SQLException next = e.getNextException();
        return next != null ? next.getMessage() : e.getMessage();
    }

    /** Advances every sequence (serial or identity column) of the target past the largest copied id. */
    static void advanceSequences(Handle target) {
        var owned = target.createQuery("SELECT table_name, column_name, pg_get_serial_sequence(table_name, column_name)"
                        + " FROM information_schema.columns WHERE table_schema = current_schema()"
                        + " AND pg_get_serial_sequence(table_name, column_name) IS NOT NULL")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        for (String[] s : owned) {
            target.createQuery("SELECT setval(:sequence, COALESCE(MAX(" + s[1] + "), 1), MAX(" + s[1]
                    + ") IS NOT NULL) FROM " + s[0]).bind("sequence", s[2]).mapTo(Long.class).one();
        }
    }
}
