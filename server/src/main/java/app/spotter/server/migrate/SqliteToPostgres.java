package app.spotter.server.migrate;

import app.spotter.server.db.Database;
import app.spotter.server.db.DatabaseLocation;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * Moves a home box's SQLite file into an empty PostgreSQL database: both schemas are brought up to date by the
 * normal migrations, then every table is copied in one transaction on the target, which holds the whole-database
 * write lock and commits only when every table's count and checksum read back from the target equal the source's.
 */
final class SqliteToPostgres {
    /** A table's count and checksum on both sides. */
    record Outcome(String table, TableDigest.TableSummary source, TableDigest.TableSummary target) {
        boolean matches() {
            return source.rows() == target.rows() && source.sha256().equals(target.sha256());
        }
    }

    /** What was done: the schema versions and one outcome per table; committed only if every table matched. */
    record Report(int sourceVersionBefore, int schemaVersion, List<Outcome> tables, boolean committed) {
    }

    /** The move cannot start or did not finish; the message says why, and the target holds no copied row. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** Thrown inside the target transaction to roll it back when the target does not read back as the source. */
    private static final class ChecksumsDiffer extends RuntimeException {
        ChecksumsDiffer() {
            super("the target's checksums differ from the source's", null, false, false);
        }
    }

    private final TableCopy copy;

    SqliteToPostgres(TableCopy copy) {
        this.copy = copy;
    }

    Report run(DatabaseLocation.SqliteFile from, DatabaseLocation.Postgres to) {
        // Before the target's migrations run: a database holding rows is left exactly as it was.
        refuseNonEmpty(Jdbi.create(() -> DriverManager.getConnection(to.url(), credentials(to))).withHandle(h ->
                SchemaTables.nonEmpty(h, SchemaTables.existingInPostgres(h))));
        int sourceBefore = SourceFile.versionOf(from.file());
        try (Database source = Database.open(from); Database target = Database.open(to)) {
            if (source.schemaVersion() != target.schemaVersion()) {
                throw new Refused("the file has schema version " + source.schemaVersion()
                        + " but the PostgreSQL database " + target.schemaVersion() + "; use one Spotter for both");
            }
            List<Table> tables = target.read(SchemaTables::ofPostgres);
            compareTableNames(source.read(SchemaTables::ofSqlite), tables);
            List<Outcome> outcomes = new ArrayList<>();
            // One transaction on each side: the source's (BEGIN IMMEDIATE) keeps a running server from writing
            // between tables; the target's holds every server of that database off until the commit.
            try {
                source.jdbi().useTransaction(src -> target.write(dst -> {
                    refuseNonEmpty(SchemaTables.nonEmpty(dst, tables.stream().map(Table::name).toList()));
                    List<TableDigest.TableSummary> copied = new ArrayList<>();
                    for (Table table : tables) {
                        copied.add(copy.copy(src, dst, table));
                    }
                    TableCopy.advanceSequences(dst);
                    for (int i = 0; i < tables.size(); i++) {
                        outcomes.add(new Outcome(tables.get(i).name(), copied.get(i),
                                TableCopy.summarize(dst, tables.get(i), true)));
                    }
                    if (!outcomes.stream().allMatch(Outcome::matches)) {
                        throw new ChecksumsDiffer();
                    }
                    return null;
                }));
            } catch (ChecksumsDiffer e) {
                return new Report(sourceBefore, target.schemaVersion(), List.copyOf(outcomes), false);
            }
            return new Report(sourceBefore, target.schemaVersion(), List.copyOf(outcomes), true);
        }
    }

    private static Properties credentials(DatabaseLocation.Postgres to) {
        Properties properties = new Properties();
        if (to.user() != null) {
            properties.setProperty("user", to.user());
        }
        if (to.password() != null) {
            properties.setProperty("password", to.password());
        }
        return properties;
    }

    private static void refuseNonEmpty(Map<String, Long> nonEmpty) {
        if (!nonEmpty.isEmpty()) {
            throw new Refused("the PostgreSQL database is not empty (" + nonEmpty.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue() + (e.getValue() == 1 ? " row" : " rows"))
                    .collect(Collectors.joining(", ")) + "); give a new, empty database. Nothing was written");
        }
    }

    private static void compareTableNames(Set<String> sqlite, List<Table> postgres) {
        Set<String> onlySqlite = new TreeSet<>(sqlite);
        Set<String> onlyPostgres = new TreeSet<>();
        for (Table table : postgres) {
            if (!onlySqlite.remove(table.name())) {
                onlyPostgres.add(table.name());
            }
        }
        if (!onlySqlite.isEmpty() || !onlyPostgres.isEmpty()) {
            throw new Refused("the two schemas hold different tables (only in the file: " + onlySqlite
                    + ", only in PostgreSQL: " + onlyPostgres + "); nothing was copied");
        }
    }
}
