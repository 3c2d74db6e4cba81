package app.spotter.server.support;

import app.spotter.server.SpotterServer;
import app.spotter.server.db.Database;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/** The real server on a random port over a real SQLite file, for API and browser tests. */
public final class RunningServer implements AutoCloseable {
    private final SpotterServer server;
    private final Path dbFile;
    private final HttpClient http = HttpClient.newHttpClient();

    private RunningServer(SpotterServer server, Path dbFile) {
        this.server = server;
        this.dbFile = dbFile;
    }

    /** Starts on a new database file in {@code dir} with the real clock. */
    public static RunningServer start(Path dir) {
        return start(dir.resolve("spotter.db"), System::currentTimeMillis);
    }

    /** Starts over {@code dbFile} (new or existing) with the given clock. */
    public static RunningServer start(Path dbFile, LongSupplier clock) {
        return new RunningServer(new SpotterServer(Database.open(dbFile), clock).start(0), dbFile);
    }

    public String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    public Path dbFile() {
        return dbFile;
    }

    public Database database() {
        return server.database();
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
    }

    public Reply delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).DELETE());
    }

    public Reply post(String path, String json) {
        return send(jsonRequest(path).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(jsonRequest(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder jsonRequest(String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json");
    }

    @Override
    public void close() {
        server.stop();
    }

    /** An HTTP answer. */
    public record Reply(int status, String body, String contentType) {
    }
}
