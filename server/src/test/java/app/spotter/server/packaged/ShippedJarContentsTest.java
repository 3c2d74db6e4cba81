package app.spotter.server.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** The server JAR carries the compiled client (its webroot), never the client's Java classes. */
class ShippedJarContentsTest {
    @Test
    void theJarHoldsTheClientsWebrootAndNoneOfItsClassFiles() throws IOException {
        try (JarFile jar = new JarFile(PackagedJar.path().toFile())) {
            List<String> names = jar.stream().map(ZipEntry::getName).toList();
            List<String> clientClasses = names.stream().filter(n -> n.startsWith("app/spotter/client/")).toList();
            assertEquals(List.of(), clientClasses, "client class files in the server JAR");
            for (String shipped : List.of("webroot/js/spotter.js", "webroot/js/player.js", "webroot/index.html", "webroot/sw.js",
                    "webroot/manifest.webmanifest")) {
                assertTrue(names.contains(shipped), shipped + " is in the JAR");
            }
            assertTrue(names.stream().anyMatch(n -> n.startsWith("webroot/") && n.endsWith(".css")), "styles");
            assertTrue(names.stream().anyMatch(n -> n.startsWith("webroot/icons/")), "icons");
            assertTrue(names.contains("app/spotter/server/Main.class"), "the server itself");
            assertTrue(names.contains("app/spotter/session/WorkoutSession.class"), "and the shared model");
        }
    }
}
