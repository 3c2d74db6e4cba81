package app.spotter.server.migrate;

import app.spotter.server.db.DatabaseLocation;
import java.io.PrintStream;
import java.util.Map;

/**
 * {@code spotter migrate --from PATH.db --to jdbc:postgresql://...}: copies a SQLite file into an empty PostgreSQL
 * database and prints each table's row count and checksum on both sides. Exit 0 when every table matched and the
 * copy was committed, 1 when it was refused or failed (the target then holds no copied row), 2 for a usage error.
 */
public final class MigrateCommand {
    public static final String NAME = "migrate";
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE_ERROR = 2;

    public static final String USAGE = String.join("\n",
            "Usage: java -jar spotter.jar migrate --from PATH.db --to jdbc:postgresql://host[:port]/database",
            "       (or scripts/migrate --from ... --to ...)",
            "",
            "Copies a SQLite database file into an empty PostgreSQL database, in one transaction, and checks",
            "every table's row count and SHA-256 on both sides. Stop the server and back the file up first: the",
            "file's schema is brought up to date before copying, as a server start would. The target's schema is",
            "created as a server start would; a target holding any row is refused and left as it was.",
            "",
            "  --from PATH   the SQLite file (e.g. ./data/spotter.db)",
            "  --to URL      the PostgreSQL database; user and password from env SPOTTER_DB_USER and",
            "                SPOTTER_DB_PASSWORD (or SPOTTER_DB_PASSWORD_FILE), never from the command line",
            "  --help        show this help and exit",
            "",
            "Exit status: 0 copied and verified, 1 refused or failed (nothing copied), 2 usage error.",
            "");

    private final TableCopy copy;

    MigrateCommand(TableCopy copy) {
        this.copy = copy;
    }

    /** Runs the command with {@code args} after the word {@code migrate}; returns the exit status. */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        return new MigrateCommand(TableCopy.BATCHED).execute(args, env, out, err);
    }

    int execute(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        MigrateArgs parsed;
        try {
            if (MigrateArgs.wantsHelp(args)) {
                out.print(USAGE);
                return OK;
            }
            parsed = MigrateArgs.parse(args, env);
        } catch (IllegalArgumentException e) {
            err.println("spotter migrate: " + e.getMessage() + " (see spotter migrate --help)");
            return USAGE_ERROR;
        }
        out.println("From " + parsed.from().describe() + " to " + parsed.to().describe());
        SqliteToPostgres.Report report;
        try {
            report = new SqliteToPostgres(copy).run(parsed.from(), parsed.to());
        } catch (RuntimeException e) {
            err.println("spotter migrate: " + messageOf(e));
            if (!(e instanceof SqliteToPostgres.Refused)) {
                err.println("spotter migrate: rolled back; no row was written to the PostgreSQL database");
            }
            return FAILED;
        }
        MigrateReport.print(report, out);
        return report.committed() ? OK : FAILED;
    }

    private static String messageOf(Throwable e) {
        if (e instanceof SqliteToPostgres.Refused) {
            return e.getMessage();
        }
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(": ").append(cause.getMessage());
            }
        }
        return text.toString();
    }

    /** The two databases named on the command line. */
    record MigrateArgs(DatabaseLocation.SqliteFile from, DatabaseLocation.Postgres to) {
        static boolean wantsHelp(String[] args) {
            for (String arg : args) {
                if (arg.equals("--help") || arg.equals("-h")) {
                    return true;
                }
            }
            return false;
        }

        static MigrateArgs parse(String[] args, Map<String, String> env) {
            String from = null;
            String to = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (!arg.equals("--from") && !arg.equals("--to")) {
                    throw new IllegalArgumentException("unknown argument '" + arg + "'");
                }
                if (i + 1 >= args.length || args[i + 1].isBlank()) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                String value = args[++i];
                if (arg.equals("--from")) {
                    from = value;
                } else {
                    to = value;
                }
            }
            if (from == null || to == null) {
                throw new IllegalArgumentException("give both --from PATH.db and --to jdbc:postgresql://...");
            }
            if (!(DatabaseLocation.parse(from, env) instanceof DatabaseLocation.SqliteFile file)) {
                throw new IllegalArgumentException("--from must be a SQLite file path, not a URL");
            }
            String problem = SourceFile.problem(file.file());
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            if (!(DatabaseLocation.parse(to, env) instanceof DatabaseLocation.Postgres target)) {
                throw new IllegalArgumentException("--to must be a jdbc:postgresql://host[:port]/database URL");
            }
            return new MigrateArgs(file, target);
        }
    }
}
