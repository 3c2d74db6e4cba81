package app.spotter.server.durability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The server as a separate JVM, as a user runs it, so a test can kill it with SIGKILL. */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("ready at http://localhost:(\\d+)/");

    private final Process process;
    private final int port;
    private final String readyLine;

    private ServerProcess(Process process, String readyLine) {
        this.process = process;
        Matcher m = READY.matcher(readyLine);
        this.port = m.find() ? Integer.parseInt(m.group(1)) : -1;
        this.readyLine = readyLine;
    }

    /** The server from this test's class path (in the late lane, the packaged JAR's classes). */
    static ServerProcess start(Path db) throws IOException {
        return start(List.of("-cp", System.getProperty("java.class.path"), "app.spotter.server.Main"),
                db.toString(), Map.of());
    }

    /** The server from this test's class path on {@code db} (a PostgreSQL URL), {@code env} added to its environment. */
    static ServerProcess start(String db, Map<String, String> env) throws IOException {
        return start(List.of("-cp", System.getProperty("java.class.path"), "app.spotter.server.Main"), db, env);
    }

    /** {@code java -jar jar} on a random port, as a user starts it. */
    public static ServerProcess startJar(Path jar, Path db) throws IOException {
        return start(List.of("-jar", jar.toString()), db.toString(), Map.of());
    }

    /** {@code java -jar jar --db db} with {@code env} added to the environment (e.g. a PostgreSQL URL and user). */
    public static ServerProcess startJar(Path jar, String db, Map<String, String> env) throws IOException {
        return start(List.of("-jar", jar.toString()), db, env);
    }

    private static ServerProcess start(List<String> launch, String db, Map<String, String> env) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:+UseSerialGC", "-Xmx128m"));
        command.addAll(launch);
        command.addAll(List.of("--port", "0", "--db", db, "--max-requests-per-second", "5000"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        // Its own thread, not the common pool: another test running beside this one may keep that pool busy.
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                while ((line = out.readLine()) != null) {
                    if (READY.matcher(line).find()) {
                        drain(out);
                        return line;
                    }
                }
                throw new IllegalStateException("the server exited before it was ready");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, task -> {
            Thread reader = new Thread(task, "server-ready");
            reader.setDaemon(true);
            reader.start();
        });
        try {
            return new ServerProcess(process, ready.get(90, TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("server did not start", e);
        }
    }

    /** The line the server printed when it was ready (where it listens, its database). */
    public String readyLine() {
        return readyLine;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed on the way out. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops it as Ctrl-C would (SIGTERM: the shutdown hook closes the server and the database). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    private static void drain(BufferedReader out) {
        Thread drainer = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // Keep the pipe empty so the server never blocks on its log.
                }
            } catch (IOException e) {
                // The process died: nothing left to read.
            }
        }, "server-log-drain");
        drainer.setDaemon(true);
        drainer.start();
    }
}
