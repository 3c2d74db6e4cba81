package app.spotter.server.migrate;

import java.util.List;
import java.util.stream.Collectors;

/** A table both databases hold: its columns (target order) and which of them form the primary key. */
record Table(String name, List<Column> columns, List<Column> primaryKey) {
    /** One column and the kind its values have. */
    record Column(String name, ColumnKind kind) {
    }

    String columnList() {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    /**
     * {@code SELECT} of every column in primary-key order by bytes, not by a collation: SQLite's BINARY compares
     * UTF-8 bytes, PostgreSQL's "C" collation does too in a UTF-8 database, so both sides hash rows in one order.
     */
    String selectInKeyOrder(boolean postgres) {
        String order = primaryKey.stream()
                .map(c -> c.kind() == ColumnKind.TEXT ? c.name() + (postgres ? " COLLATE \"C\"" : " COLLATE BINARY")
                        : c.name())
                .collect(Collectors.joining(", "));
        return "SELECT " + columnList() + " FROM " + name + " ORDER BY " + order;
    }

    String insert() {
        String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        return "INSERT INTO " + name + " (" + columnList() + ") VALUES (" + marks + ")";
    }
}
