package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.server.support.ChromiumPage;
import app.spotter.server.support.RunningServer;
import com.grack.nanojson.JsonArray;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service worker's shell list against what the page really loads: every file of the app's own origin that any
 * screen fetches (except /api and the worker itself) is in sw.js's SHELL, so nothing is missing offline, and every
 * entry of SHELL exists.
 */
class ShellCacheBrowserTest {
    private static final String[] SCREENS = {"/workouts", "/workouts/new", "/history", "/progress", "/settings",
        "/settings/users", "/settings/exercises", "/workouts/active"};

    @TempDir
    Path dir;

    @Test
    void everyFileThePagesLoadIsInTheServiceWorkersShellList() throws Exception {
        try (RunningServer server = RunningServer.start(dir);
             ChromiumPage page = ChromiumPage.open(390, 844)) {
            page.setCookie(server.url("/"), "spotter_session", server.owner().sessionToken());
            TreeSet<String> loaded = new TreeSet<>();
            for (String screen : SCREENS) {
                page.navigate(server.url(screen));
                page.waitUntil(screen + " drawn", "document.querySelector('#app h1, #app .player-header')");
                JsonArray paths = Json.parseArray(page.evaluate("JSON.stringify(performance.getEntriesByType("
                        + "'resource').map(e => new URL(e.name)).filter(u => u.origin === location.origin"
                        + " && !u.pathname.startsWith('/api/') && u.pathname !== '/sw.js').map(u => u.pathname))"));
                for (int i = 0; i < paths.size(); i++) {
                    loaded.add(paths.getString(i));
                }
            }
            String sw = server.get("/sw.js").body();
            List<String> shell = shellList(sw);
            List<String> missing = new ArrayList<>();
            for (String path : loaded) {
                if (!shell.contains(path)) {
                    missing.add(path);
                }
            }
            assertTrue(loaded.contains("/css/history.css") && loaded.contains("/js/spotter.js")
                    && loaded.contains("/js/player.js"), "the page's own files were seen: " + loaded);
            assertEquals(List.of(), missing, "loaded by the pages but not in sw.js's SHELL " + shell);
            assertTrue(shell.contains("/index.html"), "the page itself is kept for every app route");
            for (String path : shell) {
                assertEquals(200, server.get(path).status(), path + " in SHELL is served");
            }
        }
    }

    /** The quoted paths of {@code var SHELL = [...]} in sw.js. */
    static List<String> shellList(String sw) {
        int start = sw.indexOf("var SHELL = [");
        int end = sw.indexOf("];", start);
        assertTrue(start >= 0 && end > start, "sw.js declares var SHELL = [...]");
        List<String> paths = new ArrayList<>();
        String list = sw.substring(start, end);
        for (int q = list.indexOf('\''); q >= 0; q = list.indexOf('\'', list.indexOf('\'', q + 1) + 1)) {
            paths.add(list.substring(q + 1, list.indexOf('\'', q + 1)));
        }
        return paths;
    }
}
