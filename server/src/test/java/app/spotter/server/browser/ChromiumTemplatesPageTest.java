package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.support.ChromiumPage;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.TemplateDocs;
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
    void workoutsPageRendersTheStarterTemplatesInChromiumAndLeavesScreenshots() throws Exception {
        try (RunningServer server = RunningServer.start(dir);
             ChromiumPage page = ChromiumPage.open(390, 844)) {
            page.setCookie(server.url("/"), "spotter_session", server.owner().sessionToken());
            page.navigate(server.url("/workouts"));
            page.waitUntil("the template cards", "document.querySelectorAll('.template-card').length === "
                    + StarterTemplates.all().size());
            String text = page.evaluate("document.body.innerText");
            for (var template : StarterTemplates.all()) {
                assertTrue(text.contains(template.name()), "rendered " + template.name() + " in:\n" + text);
            }
            Path png = Path.of("target", "screenshots", "workouts-390.png");
            page.screenshot(png);
            assertTrue(Files.size(png) > 5_000, "a real screenshot was written to " + png.toAbsolutePath());
        }
    }

    @Test
    void theEditorShowsAPlankAsHoldsInSecondsInChromiumAndLeavesAScreenshot() throws Exception {
        try (RunningServer server = RunningServer.start(dir);
             ChromiumPage page = ChromiumPage.open(390, 844)) {
            String id = TemplateDocs.list(server.get("/api/templates").body()).get(0).id();
            page.setCookie(server.url("/"), "spotter_session", server.owner().sessionToken());
            page.navigate(server.url("/workouts/" + id + "/edit"));
            page.waitUntil("the plank's three holds of 60 s, without reps or weight",
                    "document.querySelectorAll('[data-field$=\"targets.durationSeconds\"]').length === 3"
                    + " && document.querySelector('[data-field=\"exercises[3].sets[0].targets.reps\"]') === null"
                    + " && document.querySelector('[data-field=\"exercises[3].kind\"]').value === 'duration'");
            Path png = Path.of("target", "screenshots", "template-editor-390.png");
            page.screenshot(png);
            assertTrue(Files.size(png) > 5_000, "a real screenshot was written to " + png.toAbsolutePath());
        }
    }
}
