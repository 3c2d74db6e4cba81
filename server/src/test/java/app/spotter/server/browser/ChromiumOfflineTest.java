package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.server.support.ChromiumPage;
import app.spotter.server.support.RunningServer;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import java.util.List;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline-first in a real engine: after one online visit the app opens from the service worker's cache with the
 * server gone, a whole workout is run and finished and History shows it waiting; once the server is back the workout
 * is logged once, and the History left open shows it logged without a reload.
 */
class ChromiumOfflineTest {
    @TempDir
    Path dir;

    @Test
    void aWorkoutRunWithTheServerGoneIsLoggedOnceWhenItComesBack() throws Exception {
        RunningServer server = RunningServer.start(dir);
        Path dbFile = server.dbFile();
        int port = server.port();
        String token = server.owner().sessionToken();
        String ownerId = Json.parseObject(server.get("/api/auth/state").body()).getObject("user").getString("id");
        // The outbox is kept under the signed-in user's keys.
        String outboxKey = "spotter.v1.u." + ownerId + ".outbox";
        try (ChromiumPage page = ChromiumPage.open(390, 844)) {
            page.setCookie(server.url("/"), "spotter_session", token);
            page.navigate(server.url("/workouts"));
            page.waitUntil("the template cards", "document.querySelectorAll('.template-card').length > 0");
            page.waitUntil("the service worker controls the page", "navigator.serviceWorker.controller");
            assertEquals("1", page.evaluate("caches.keys().then(names => String(names.filter("
                    + "name => name.startsWith('spotter-shell-')).length))"), "one shell cache, named by the build");
            String workoutsUrl = server.url("/workouts");
            String historyUrl = server.url("/history");
            String playerUrl = server.url("/workouts/active");
            server.close();

            page.navigate(workoutsUrl);
            page.waitUntil("the cached templates with the server gone",
                    "document.querySelectorAll('.template-card').length > 0"
                            + " && document.body.innerText.includes('saved on this device')");
            page.evaluate("document.querySelector('.template-card [data-action=start]').click()");
            page.waitUntil("the player", "document.querySelector('[data-action=done]')");
            page.evaluate("document.querySelector('[data-action=done]').click()");
            page.waitUntil("the set done", "document.querySelector('.set-row.done')");
            // Reopened with the server still gone: the shell's copy of the player's own page and bundle.
            page.navigate(playerUrl);
            page.waitUntil("the player's page from the shell, the set still done",
                    "document.querySelector('script[src=\"/js/player.js\"]')"
                            + " && document.querySelector('.set-row.done')");
            page.evaluate("document.querySelector('[data-action=finish]').click()");
            page.evaluate("document.querySelector('[data-action=finish-anyway]') &&"
                    + " document.querySelector('[data-action=finish-anyway]').click()");
            page.waitUntil("the workout waiting in the outbox", "localStorage.getItem('" + outboxKey + "')");
            String sessionId = page.evaluate("JSON.parse(localStorage.getItem('" + outboxKey + "'))[0].sessionId");

            String row = "document.querySelector('.history-item[data-workout-id=\"" + sessionId + "\"]')";
            page.navigate(historyUrl);
            page.waitUntil("History showing the workout waiting to upload", row + " && " + row
                    + ".classList.contains('waiting') && " + row + ".innerText.includes('Waiting to upload')");
            page.evaluate("window.historyStayedOpen = true");

            try (RunningServer back = RunningServer.restart(dbFile, port).signInOwner()) {
                // The browser never went offline, but this is what it says when the network is back.
                page.evaluate("window.dispatchEvent(new Event('online'))");
                page.waitUntil("the outbox emptied", "localStorage.getItem('" + outboxKey + "') === null");
                page.waitUntil("the History still open showing the workout logged", row + " && !" + row
                        + ".classList.contains('waiting') && " + row + ".querySelector('a.history-name[href]')");
                assertEquals("true", page.evaluate("String(window.historyStayedOpen === true)"),
                        "the same page, not a reload");
                List<Workout> logged = WorkoutCodec.readList(back.owner().get("/api/workouts").body());
                assertEquals(1, logged.size());
                assertEquals(sessionId, logged.get(0).sessionId());
                assertTrue(logged.get(0).isFinished());
            }
        } finally {
            server.close();
        }
    }
}
