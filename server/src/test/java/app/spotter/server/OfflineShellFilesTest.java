package app.spotter.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.support.RunningServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files that make the app installable and open offline, as the server hands them out. */
class OfflineShellFilesTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void theServiceWorkerIsRevalidatedOnEveryLoadAndNamesItsCacheAfterTheBuild() throws Exception {
        try (RunningServer server = RunningServer.start(dir)) {
            HttpResponse<String> sw = get(server, "/sw.js");
            assertEquals(200, sw.statusCode());
            assertEquals("no-cache", sw.headers().firstValue("Cache-Control").orElse(""));
            assertTrue(sw.headers().firstValue("Content-Type").orElse("").contains("javascript"));
            assertTrue(sw.body().matches("(?s).*'spotter-shell-[0-9][^$']*-[0-9]{14}'.*"), "version filled in");
            assertFalse(sw.body().contains("${"), "no placeholder left");
        }
    }

    @Test
    void theManifestAndItsIconsAreServed() throws Exception {
        try (RunningServer server = RunningServer.start(dir)) {
            HttpResponse<String> manifest = get(server, "/manifest.webmanifest");
            assertEquals(200, manifest.statusCode());
            assertEquals("application/manifest+json", manifest.headers().firstValue("Content-Type").orElse("")
                    .split(";")[0]);
            assertTrue(manifest.body().contains("\"display\": \"standalone\""));
            assertEquals(200, get(server, "/icons/icon-192.png").statusCode());
            assertEquals(200, get(server, "/icons/icon-512.png").statusCode());
            assertTrue(get(server, "/workouts").body().contains("rel=\"manifest\""));
        }
    }

    private HttpResponse<String> get(RunningServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
