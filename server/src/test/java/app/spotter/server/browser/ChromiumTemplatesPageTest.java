package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.support.Chromium;
import app.spotter.server.support.RunningServer;
import app.spotter.server.templates.StarterTemplates;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled client in a real engine: headless Chromium renders /workouts on a phone-sized screen. */
class ChromiumTemplatesPageTest {
    @TempDir
    Path dir;

    @Test
    void workoutsPageRendersTheStarterTemplatesInChromiumAndLeavesAScreenshot() throws Exception {
        try (RunningServer server = RunningServer.start(dir)) {
            String dom = Chromium.dumpDom(server.url("/workouts"), 390, 844, 3000);
            for (var template : StarterTemplates.all()) {
                assertTrue(dom.contains(template.name()), "rendered " + template.name() + " in:\n" + dom);
            }
            Path png = Path.of("target", "screenshots", "workouts-390.png");
            Chromium.screenshot(server.url("/workouts"), png, 390, 844, 3000);
            assertTrue(Files.size(png) > 5_000, "a real screenshot was written to " + png.toAbsolutePath());
            Chromium.screenshot(server.url("/workouts"), Path.of("target", "screenshots", "workouts-desktop.png"),
                    1280, 800, 3000);
        }
    }
}
