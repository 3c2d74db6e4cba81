package app.spotter.server;

import app.spotter.server.auth.PasswordHasher;
import app.spotter.server.db.Database;
import app.spotter.server.http.HostAllowList;
import app.spotter.server.http.HttpLimits;
import app.spotter.server.migrate.MigrateCommand;
import app.spotter.server.ops.Operations;
import java.util.Arrays;

/**
 * Starts Spotter: {@code java -jar spotter.jar [--port N] [--db PATH|URL]}, or runs
 * {@code java -jar spotter.jar migrate --from PATH.db --to URL}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(MigrateCommand.NAME)) {
            System.exit(MigrateCommand.run(Arrays.copyOfRange(args, 1, args.length), System.getenv(),
                    System.out, System.err));
            return;
        }
        if (ServerConfig.wantsHelp(args)) {
            System.out.print(ServerConfig.USAGE);
            return;
        }
        ServerConfig config;
        try {
            config = ServerConfig.from(args, System.getenv());
        } catch (ServerConfig.BadConfig e) {
            System.err.println("spotter: " + e.getMessage());
            System.err.print(ServerConfig.USAGE);
            System.exit(2);
            return;
        }
        long begin = System.nanoTime();
        Database db = Database.open(config.location());
        SpotterServer.Security security = new SpotterServer.Security(PasswordHasher.production(), config.behindProxy(),
                HostAllowList.of(config.publicUrls()),
                HttpLimits.household().withRequestsPerSecond(config.requestsPerSecond()));
        Operations ops = Operations.standard();
        if (config.metrics().enabled()) {
            ops = ops.withMetrics(config.metrics().token());
        }
        SpotterServer server = new SpotterServer(db, System::currentTimeMillis, security, ops).start(config.port());
        if (config.exitWhenReady()) {
            server.stop();
            db.close();
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            db.close();
        }, "spotter-shutdown"));
        System.out.println("Spotter is ready at http://localhost:" + server.port() + "/ (database "
                + config.location().describe() + ", started in "
                + (System.nanoTime() - begin) / 1_000_000 + " ms)");
    }
}
