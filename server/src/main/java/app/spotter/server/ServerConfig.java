package app.spotter.server;

import java.nio.file.Path;
import java.util.Map;

/** Where the server listens and where it keeps its data: from flags, then environment, then defaults. */
public record ServerConfig(int port, Path database, boolean behindProxy, boolean exitWhenReady) {
    public static final int DEFAULT_PORT = 7070;
    public static final String DEFAULT_DB = "./data/spotter.db";

    public static final String USAGE = String.join("\n",
            "Usage: java -jar spotter.jar [options]   (or scripts/run [options])",
            "",
            "Options:",
            "  --port N      port to listen on (env SPOTTER_PORT; default " + DEFAULT_PORT + ")",
            "  --db PATH     SQLite database file, created on first run (env SPOTTER_DB; default " + DEFAULT_DB + ")",
            "  --behind-proxy  trust X-Forwarded-Proto/-For from a reverse proxy that terminates HTTPS",
            "                (env SPOTTER_BEHIND_PROXY=true; default off)",
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
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--port=")) {
                port = arg.substring("--port=".length());
            } else if (arg.startsWith("--db=")) {
                db = arg.substring("--db=".length());
            } else if (arg.equals("--behind-proxy")) {
                behindProxy = true;
            } else if (arg.equals("--exit-when-ready")) {
                exitWhenReady = true;
            } else if (arg.equals("--port") || arg.equals("--db")) {
                if (i + 1 >= args.length) {
                    throw new BadConfig(arg + " needs a value");
                }
                if (arg.equals("--port")) {
                    port = args[++i];
                } else {
                    db = args[++i];
                }
            } else {
                throw new BadConfig("unknown option: " + arg);
            }
        }
        return new ServerConfig(parsePort(port), Path.of(db), behindProxy, exitWhenReady);
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
