package app.spotter.server.migrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/** The tables to copy: every table of the target's schema but its version row, as PostgreSQL's catalog lists them. */
final class SchemaTables {
    /** PostgreSQL's bookkeeping of the schema version; the target's own migrations write it. */
    static final String VERSION_TABLE = "schema_version";

    private SchemaTables() {
    }

    static List<Table> ofPostgres(Handle h) {
        Map<String, List<Table.Column>> columns = new LinkedHashMap<>();
        h.createQuery("SELECT table_name, column_name, data_type FROM information_schema.columns"
                        + " WHERE table_schema = current_schema() AND table_name <> :version"
                        + " AND table_name IN (SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE')"
                        + " ORDER BY table_name, ordinal_position")
                .bind("version", VERSION_TABLE)
                .map((rs, ctx) -> {
                    String table = rs.getString(1);
                    String column = rs.getString(2);
                    columns.computeIfAbsent(table, t -> new ArrayList<>())
                            .add(new Table.Column(column, ColumnKind.ofPostgresType(table, column, rs.getString(3))));
                    return table;
                }).list();
        List<Table> tables = new ArrayList<>();
        for (Map.Entry<String, List<Table.Column>> entry : columns.entrySet()) {
            List<String> keyNames = h.createQuery("SELECT a.attname FROM pg_index i"
                            + " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)"
                            + " WHERE i.indrelid = CAST(:table AS regclass) AND i.indisprimary"
                            + " ORDER BY array_position(i.indkey, a.attnum)")
                    .bind("table", entry.getKey()).mapTo(String.class).list();
            if (keyNames.isEmpty()) {
                throw new IllegalStateException("the table " + entry.getKey() + " has no primary key, so its rows"
                        + " have no order to compare in");
            }
            List<Table.Column> key = keyNames.stream().map(name -> entry.getValue().stream()
                    .filter(c -> c.name().equals(name)).findFirst().orElseThrow()).toList();
            tables.add(new Table(entry.getKey(), List.copyOf(entry.getValue()), key));
        }
        return parentsFirst(tables, h.createQuery("SELECT c.conrelid::regclass::text, c.confrelid::regclass::text"
                        + " FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace"
                        + " WHERE c.contype = 'f' AND n.nspname = current_schema()")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).list());
    }

    /** Orders tables so that a table another one references comes first: its rows must be there for the foreign key. */
    private static List<Table> parentsFirst(List<Table> tables, List<Map.Entry<String, String>> references) {
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new TreeSet<>();
        List<Table> left = new ArrayList<>(tables);
        while (!left.isEmpty()) {
            Table next = left.stream().filter(t -> references.stream().noneMatch(r -> r.getKey().equals(t.name())
                            && !r.getValue().equals(t.name()) && !placed.contains(r.getValue())))
                    .findFirst().orElseThrow(() -> new IllegalStateException("the tables " + left
                            .stream().map(Table::name).toList() + " reference each other in a cycle"));
            ordered.add(next);
            placed.add(next.name());
            left.remove(next);
        }
        return List.copyOf(ordered);
    }

    /** The names of the SQLite file's own tables (not SQLite's internal ones). */
    static Set<String> ofSqlite(Handle h) {
        return new TreeSet<>(h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                + " AND name NOT LIKE 'sqlite_%'").mapTo(String.class).list());
    }

    /** Tables in {@code tables} that hold at least one row, with their counts, for the refusal message. */
    static Map<String, Long> nonEmpty(Handle h, List<String> tables) {
        Map<String, Long> found = new LinkedHashMap<>();
        for (String table : tables) {
            long rows = h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one();
            if (rows > 0) {
                found.put(table, rows);
            }
        }
        return found;
    }

    /** The tables that exist in the target's schema now (before its migrations, maybe none). */
    static List<String> existingInPostgres(Handle h) {
        return h.createQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                        + " AND table_type = 'BASE TABLE' AND table_name <> :version ORDER BY table_name")
                .bind("version", VERSION_TABLE).mapTo(String.class).list();
    }
}
