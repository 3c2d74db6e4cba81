package app.spotter.server.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's headless chromium, run once per page: dump the DOM after the scripts ran, or save a screenshot. */
public final class Chromium {
    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 60;

    private Chromium() {
    }

    /** Fails with the way to fix it when chromium is missing: scripts/test installs it. */
    public static void requireInstalled() {
        if (!Files.isExecutable(BINARY)) {
            throw new AssertionError("Debian's chromium is needed for this test: run scripts/test "
                    + "(it installs it) or apt-get install chromium");
        }
    }

    /** The page's DOM after its scripts ran for up to {@code budgetMillis} of virtual time. */
    public static String dumpDom(String url, int width, int height, int budgetMillis) throws IOException {
        return run(List.of("--dump-dom", "--window-size=" + width + "," + height,
                "--virtual-time-budget=" + budgetMillis, url));
    }

    /** Saves a PNG of the page at the given window size. */
    public static void screenshot(String url, Path png, int width, int height, int budgetMillis) throws IOException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        run(List.of("--screenshot=" + png.toAbsolutePath(), "--hide-scrollbars",
                "--window-size=" + width + "," + height, "--virtual-time-budget=" + budgetMillis, url));
    }

    private static String run(List<String> args) throws IOException {
        requireInstalled();
        Path profile = Files.createTempDirectory("spotter-chromium");
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(args);
        Path out = Files.createTempFile("chromium", ".out");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
