package app.spotter.server;

import app.spotter.server.db.DatabaseLocation;
import app.spotter.server.http.HostAllowList;
import app.spotter.server.http.HttpLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the server listens and where it keeps its data: from flags, then environment, then defaults. */
public record ServerConfig(int port, DatabaseLocation location, boolean behindProxy, boolean exitWhenReady,
                           List<String> publicUrls, int requestsPerSecond, MetricsOption metrics) {
    /** {@code /metrics} on or off, and the bearer token that guards it (from the environment only). */
    public record MetricsOption(boolean enabled, Optional<String> token) {
        public static final MetricsOption OFF = new MetricsOption(false, Optional.empty());

        @Override
        public String toString() {
            return "MetricsOption[enabled=" + enabled + ", token=" + (token.isPresent() ? "set" : "none") + "]";
        }
    }

    /** A SQLite file as the database, metrics off. */
    public ServerConfig(int port, Path database, boolean behindProxy, boolean exitWhenReady,
                        List<String> publicUrls, int requestsPerSecond) {
        this(port, new DatabaseLocation.SqliteFile(database), behindProxy, exitWhenReady, publicUrls,
                requestsPerSecond, MetricsOption.OFF);
    }

    /** The older shape, with the household request rate. */
    public ServerConfig(int port, Path database, boolean behindProxy, boolean exitWhenReady,
                        List<String> publicUrls) {
        this(port, database, behindProxy, exitWhenReady, publicUrls,
                HttpLimits.household().requestsPerSecondPerAddress());
    }

    /** The SQLite file; only for a SQLite location. */
    public Path database() {
        if (location instanceof DatabaseLocation.SqliteFile file) {
            return file.file();
        }
        throw new IllegalStateException("the database is not a SQLite file: " + location.describe());
    }

    public static final int DEFAULT_PORT = 7070;
    public static final String DEFAULT_DB = "./data/spotter.db";

    public static final String USAGE = String.join("\n",
            "Usage: java -jar spotter.jar [options]   (or scripts/run [options])",
            "       java -jar spotter.jar migrate --from PATH.db --to jdbc:postgresql://...   (see migrate --help)",
            "",
            "Options:",
            "  --port N      port to listen on (env SPOTTER_PORT; default " + DEFAULT_PORT + ")",
            "  --db PATH     SQLite database file, created on first run (env SPOTTER_DB; default " + DEFAULT_DB + ")",
            "  --db jdbc:postgresql://host[:port]/database  a PostgreSQL database instead, which several servers",
            "                may share; user and password from env SPOTTER_DB_USER and SPOTTER_DB_PASSWORD (or",
            "                SPOTTER_DB_PASSWORD_FILE), never from the command line",
            "  --behind-proxy  trust X-Forwarded-Proto/-For from a reverse proxy that terminates HTTPS",
            "                (env SPOTTER_BEHIND_PROXY=true; default off)",
            "  --public-url URL  the address people use, e.g. https://gym.example.com (env SPOTTER_PUBLIC_URL;",
            "                several separated by commas). Setup and every change are refused for other host",
            "                names (DNS rebinding); localhost and numeric addresses always work",
            "  --max-requests-per-second N  sustained requests one address may send (env",
            "                SPOTTER_MAX_REQUESTS_PER_SECOND; default "
                    + HttpLimits.household().requestsPerSecondPerAddress() + "; 429 past it)",
            "  --metrics     serve Prometheus metrics at /metrics (env SPOTTER_METRICS=true; default off). Only to",
            "                this machine, unless env SPOTTER_METRICS_TOKEN is set: then to whoever sends",
            "                Authorization: Bearer <token>",
            "  --exit-when-ready  start, then stop at once (scripts/run uses it to build the class-data archive",
            "                that makes later starts faster)",
            "  --help        show this help and exit",
            "");

    /** Thrown for a flag or value that cannot be used; its message says which. */
    public static final class BadConfig extends RuntimeException {
        BadConfig(String message) {
            super(message);
        }
    }

    public static boolean wantsHelp(String[] args) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                return true;
            }
        }
        return false;
    }

    public static ServerConfig from(String[] args, Map<String, String> env) {
        String port = env.getOrDefault("SPOTTER_PORT", String.valueOf(DEFAULT_PORT));
        String db = env.getOrDefault("SPOTTER_DB", DEFAULT_DB);
        boolean behindProxy = "true".equalsIgnoreCase(env.getOrDefault("SPOTTER_BEHIND_PROXY", "false"));
        boolean exitWhenReady = false;
        boolean metrics = "true".equalsIgnoreCase(env.getOrDefault("SPOTTER_METRICS", "false"));
        Optional<String> metricsToken = Optional.ofNullable(env.get("SPOTTER_METRICS_TOKEN"))
                .map(String::trim).filter(token -> !token.isEmpty());
        String publicUrls = env.getOrDefault("SPOTTER_PUBLIC_URL", "");
        String rate = env.getOrDefault("SPOTTER_MAX_REQUESTS_PER_SECOND",
                String.valueOf(HttpLimits.household().requestsPerSecondPerAddress()));
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--port=")) {
                port = arg.substring("--port=".length());
            } else if (arg.startsWith("--db=")) {
                db = arg.substring("--db=".length());
            } else if (arg.equals("--behind-proxy")) {
                behindProxy = true;
            } else if (arg.equals("--metrics")) {
                metrics = true;
            } else if (arg.equals("--exit-when-ready")) {
                exitWhenReady = true;
            } else if (arg.startsWith("--public-url=")) {
                publicUrls = arg.substring("--public-url=".length());
            } else if (arg.startsWith("--max-requests-per-second=")) {
                rate = arg.substring("--max-requests-per-second=".length());
            } else if (arg.equals("--max-requests-per-second")) {
                if (i + 1 >= args.length) {
                    throw new BadConfig(arg + " needs a value");
                }
                rate = args[++i];
            } else if (arg.equals("--port") || arg.equals("--db") || arg.equals("--public-url")) {
                if (i + 1 >= args.length) {
                    throw new BadConfig(arg + " needs a value");
                }
                if (arg.equals("--port")) {
                    port = args[++i];
                } else if (arg.equals("--public-url")) {
                    publicUrls = args[++i];
                } else {
                    db = args[++i];
                }
            } else {
                throw new BadConfig("unknown option: " + arg);
            }
        }
        return new ServerConfig(parsePort(port), parseDatabase(db, env), behindProxy, exitWhenReady,
                parseUrls(publicUrls), parseRate(rate), new MetricsOption(metrics, metricsToken));
    }

    private static DatabaseLocation parseDatabase(String text, Map<String, String> env) {
        try {
            return DatabaseLocation.parse(text, env);
        } catch (IllegalArgumentException e) {
            throw new BadConfig(e.getMessage());
        }
    }

    private static int parseRate(String text) {
        try {
            int rate = Integer.parseInt(text.trim());
            if (rate < 1) {
                throw new BadConfig("max requests per second must be at least 1, not " + text);
            }
            return rate;
        } catch (NumberFormatException e) {
            throw new BadConfig("max requests per second must be a number, not '" + text + "'");
        }
    }

    private static List<String> parseUrls(String text) {
        List<String> urls = new ArrayList<>();
        for (String url : text.split(",")) {
            String u = url.trim();
            if (u.isEmpty()) {
                continue;
            }
            if (!u.startsWith("http://") && !u.startsWith("https://") || u.length() < 9) {
                throw new BadConfig("public URL must start with http:// or https://, not '" + u + "'");
            }
            try {
                HostAllowList.of(List.of(u));
            } catch (IllegalArgumentException e) {
                throw new BadConfig("public URL has no host name: '" + u + "'");
            }
            urls.add(u);
        }
        return List.copyOf(urls);
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text.trim());
            if (port < 0 || port > 65535) {
                throw new BadConfig("port must be between 0 and 65535, not " + text);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new BadConfig("port must be a number, not '" + text + "'");
        }
    }
}
