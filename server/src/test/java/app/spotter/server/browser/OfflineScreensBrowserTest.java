package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.support.ChromiumPage;
import app.spotter.server.support.RunningServer;
import app.spotter.workout.WorkoutCodec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** History and Progress with the server gone, in Chromium: styled, from their last copy, saying when it was fetched. */
class OfflineScreensBrowserTest {
    @TempDir
    Path dir;

    @Test
    void historyAndProgressOpenOfflineFromTheirLastCopy() throws Exception {
        RunningServer server = RunningServer.start(dir);
        try (ChromiumPage page = ChromiumPage.open(390, 844)) {
            long start = System.currentTimeMillis() - 86_400_000L;
            assertEquals(201, server.post("/api/workouts", WorkoutCodec.write(
                    HistoryBrowserTest.bench("w1", "Bench day", start, 80))).status());
            page.setCookie(server.url("/"), "spotter_session", server.owner().sessionToken());
            page.navigate(server.url("/history"));
            page.waitUntil("the service worker controls the page", "navigator.serviceWorker.controller"
                    + " && document.querySelector('.history-item')");
            assertTrue(page.evaluate("document.body.innerText").contains("2 sets"));
            page.navigate(server.url("/progress"));
            page.waitUntil("the charts", "document.querySelector('.exercise-picker') && document.querySelector('svg')");
            String historyUrl = server.url("/history");
            String progressUrl = server.url("/progress");
            server.close();

            page.navigate(historyUrl);
            page.waitUntil("history from its copy", "document.querySelector('.history-item')"
                    + " && document.body.innerText.includes('Offline: this is the copy saved on this device, fetched')");
            assertEquals("grid", page.evaluate("getComputedStyle(document.querySelector('.history-list')).display"),
                    "history.css came from the shell cache");
            page.navigate(progressUrl);
            page.waitUntil("progress from its copy", "document.querySelector('.exercise-picker')"
                    + " && document.querySelector('svg')"
                    + " && document.body.innerText.includes('Offline: this is the copy saved on this device')");
            assertTrue(!page.evaluate("document.body.innerText").contains("Loading"), "nothing left loading");
        } finally {
            server.close();
        }
    }
}
