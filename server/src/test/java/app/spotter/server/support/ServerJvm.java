package app.spotter.server.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server as its own JVM (the classes under test, {@code app.spotter.server.Main}), with the JVM options a test
 * asks for (a small heap), its log kept for the test to read, and SIGKILL at hand.
 */
public final class ServerJvm {
    private static final Pattern READY = Pattern.compile("ready at http://localhost:(\\d+)/");

    private final Process process;
    private final int port;
    private final List<String> log;

    private ServerJvm(Process process, int port, List<String> log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static ServerJvm start(Path db, List<String> jvmOptions) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "app.spotter.server.Main", "--port",
                "0", "--db", db.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> log = new ArrayList<>();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        CompletableFuture<Integer> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    synchronized (log) {
                        log.add(line);
                    }
                    Matcher m = READY.matcher(line);
                    if (m.find()) {
                        ready.complete(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (IOException ended) {
                // The process is gone.
            }
            ready.completeExceptionally(new IllegalStateException("the server exited before it was ready"));
        }, "server-jvm-log");
        reader.setDaemon(true);
        reader.start();
        try {
            return new ServerJvm(process, ready.get(60, TimeUnit.SECONDS), log);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("server did not start: " + log, e);
        }
    }

    public int port() {
        return port;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Everything the server printed so far. */
    public String log() {
        synchronized (log) {
            return String.join("\n", log);
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed on the way out. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}
