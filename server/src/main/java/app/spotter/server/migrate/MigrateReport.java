package app.spotter.server.migrate;

import java.io.PrintStream;

/** Prints what a move did: one line per table with its count and checksum on both sides, then the verdict. */
final class MigrateReport {
    private MigrateReport() {
    }

    static void print(SqliteToPostgres.Report report, PrintStream out) {
        out.println(report.sourceVersionBefore() == report.schemaVersion()
                ? "Schema version " + report.schemaVersion() + " on both sides"
                : "Schema version " + report.schemaVersion() + " on both sides (the file was upgraded from version "
                        + report.sourceVersionBefore() + ")");
        out.printf("%-16s %8s %8s  %-64s  %s%n", "table", "sqlite", "postgres", "sha256 of the sqlite rows", "postgres sha256");
        long rows = 0;
        for (SqliteToPostgres.Outcome t : report.tables()) {
            out.printf("%-16s %8d %8d  %s  %s%n", t.table(), t.source().rows(), t.target().rows(),
                    t.source().sha256(), t.matches() ? "same" : "DIFFERS: " + t.target().sha256());
            rows += t.source().rows();
        }
        if (report.committed()) {
            out.println("Copied " + rows + " rows in " + report.tables().size() + " tables; every count and checksum"
                    + " read back from PostgreSQL equals the file's. Committed.");
        } else {
            out.println("PostgreSQL did not read back as the file; rolled back, nothing was copied.");
        }
    }
}
