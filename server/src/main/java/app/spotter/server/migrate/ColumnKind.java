package app.spotter.server.migrate;

import java.util.Locale;

/** How a column's values are compared, hashed and bound, from its PostgreSQL type (the target decides). */
enum ColumnKind {
    INTEGER, REAL, BOOLEAN, TEXT;

    /** The kind of a PostgreSQL {@code information_schema.columns.data_type}; unknown types are refused. */
    static ColumnKind ofPostgresType(String table, String column, String dataType) {
        return switch (dataType.toLowerCase(Locale.ROOT)) {
            case "smallint", "integer", "bigint" -> INTEGER;
            case "real", "double precision" -> REAL;
            case "boolean" -> BOOLEAN;
            case "text", "character varying", "character" -> TEXT;
            default -> throw new IllegalStateException("the column " + table + "." + column + " has the type "
                    + dataType + ", which spotter migrate does not know how to copy");
        };
    }
}
