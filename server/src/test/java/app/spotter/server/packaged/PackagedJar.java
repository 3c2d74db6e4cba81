package app.spotter.server.packaged;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the late lane finds the JAR that {@code mvn package} built (failsafe passes {@code spotter.jar}). */
final class PackagedJar {
    private PackagedJar() {
    }

    static Path path() {
        Path jar = Path.of(System.getProperty("spotter.jar", "target/spotter.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError("no packaged JAR at " + jar + ": run `mvn verify` (or scripts/test)");
        }
        return jar;
    }
}
