package app.spotter.server.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged JAR started as scripts/run starts it (same JVM options), for start-up, memory and load figures. */
final class ServerProcesses {
    /** The JVM options of the Pi-sized start ({@link #startPiSized}). */
    static final List<String> PI_SIZED = List.of("-Xmx128m", "-XX:+UseSerialGC");

    private ServerProcesses() {
    }

    /** A running server process and the port it listens on. */
    record Started(Process process, int port, double millisToFirstAnswer) {
        String url(String path) {
            return "http://localhost:" + port + path;
        }

        long rssKb() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return -1;
        }

        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    static List<String> javaOptions(Path root) throws IOException {
        List<String> options = new ArrayList<>();
        for (String option : Files.readString(root.resolve("scripts/jvm.options")).trim().split("\\s+")) {
            options.add(option);
        }
        return options;
    }

    /** Starts the JAR on a free port and returns once it answers its first request. */
    static Started start(Path root, Path db) throws Exception {
        return start(root, db.toString(), Map.of());
    }

    /** As {@link #start(Path, Path)} on {@code db} (a file or a PostgreSQL URL), {@code env} added to its environment. */
    static Started start(Path root, String db, Map<String, String> env) throws Exception {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(javaOptions(root));
        addArchive(root, command);
        return launch(root, db, env, command);
    }

    /**
     * The JAR as shipped, sized for a small board: pinned to one core ({@code taskset -c 0}), {@link #PI_SIZED}
     * only (neither scripts/jvm.options nor the class-data archive scripts/run makes).
     */
    static Started startPiSized(Path root, Path db) throws Exception {
        List<String> command = new ArrayList<>(List.of("taskset", "-c", "0", java()));
        command.addAll(PI_SIZED);
        return launch(root, db.toString(), Map.of(), command);
    }

    /** As scripts/run starts the JAR (its JVM options and class-data archive), pinned to one core. */
    static Started startOnOneCore(Path root, Path db) throws Exception {
        List<String> command = new ArrayList<>(List.of("taskset", "-c", "0", java()));
        command.addAll(javaOptions(root));
        addArchive(root, command);
        return launch(root, db.toString(), Map.of(), command);
    }

    private static void addArchive(Path root, List<String> command) {
        Path archive = root.resolve("server/target/spotter.jsa");
        if (Files.exists(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Started launch(Path root, String db, Map<String, String> env, List<String> command)
            throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        // The load comes from one address: lift the per-address request rate so the bench measures the server,
        // not the limiter.
        command.addAll(List.of("-jar", root.resolve("server/target/spotter.jar").toString(), "--port",
                String.valueOf(port), "--db", db, "--max-requests-per-second", "1000000"));
        long begin = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        drain(process);
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/health")).build();
        long deadline = begin + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new Started(process, port, (System.nanoTime() - begin) / 1e6);
                }
            } catch (IOException notYet) {
                Thread.sleep(5);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server did not answer within 60 s");
    }

    /** How long the same JVM, with the same options, takes to run a trivial program: the floor of any start-up. */
    static double jvmFloorMillis(Path root) throws Exception {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(javaOptions(root));
        command.add("-version");
        long begin = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        process.waitFor();
        return (System.nanoTime() - begin) / 1e6;
    }

    private static void drain(Process process) {
        Thread t = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                while (out.readLine() != null) {
                    // Discard the log; the pipe must not fill up.
                }
            } catch (IOException ended) {
                // The process ended.
            }
        });
        t.setDaemon(true);
        t.start();
    }
}
