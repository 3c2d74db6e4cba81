package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.support.ChromiumPage;
import app.spotter.server.support.RunningServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a 390 x 844 phone in Chromium, the player's header (timer and Finish) stays in reach while the exercises
 * scroll: the site navigation scrolls away during a workout and stays pinned everywhere else.
 */
class PlayerLayoutChromiumTest {
    @TempDir
    Path dir;

    /** What is drawn at the middle of the player header's top edge, a few pixels in. */
    private static final String HEADER_ON_TOP = "(() => { const h = document.querySelector('.player-header');"
            + " const r = h.getBoundingClientRect();"
            + " const hit = document.elementFromPoint(r.left + r.width / 2, r.top + 4);"
            + " return r.top >= 0 && r.top < 20 && h.contains(hit); })()";

    @Test
    void thePlayersHeaderStaysOnTopWhileTheExercisesScrollAndTheNavigationScrollsAway() throws Exception {
        try (RunningServer server = RunningServer.start(dir);
             ChromiumPage page = ChromiumPage.open(390, 844)) {
            page.setCookie(server.url("/"), "spotter_session", server.owner().sessionToken());
            page.navigate(server.url("/workouts"));
            page.waitUntil("the cards", "document.querySelector('.template-card [data-action=start]')");
            page.evaluate("document.querySelectorAll('.template-card [data-action=start]')[1].click()");
            page.waitUntil("the player", "document.querySelector('[data-action=done]')");
            page.waitUntil("a page taller than the screen", "document.documentElement.scrollHeight > 1600");

            page.evaluate("window.scrollTo(0, 1200)");
            page.waitUntil("scrolled", "window.scrollY > 1000");
            assertEquals("true", page.evaluate(HEADER_ON_TOP), "the player's header is on top, not under the nav");
            assertTrue(Double.parseDouble(page.evaluate(
                    "document.querySelector('.topbar').getBoundingClientRect().bottom")) <= 0,
                    "the site navigation scrolled away");
            assertEquals("true", page.evaluate("(() => { const f = document.querySelector('[data-action=finish]');"
                    + " const r = f.getBoundingClientRect();"
                    + " return f.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));"
                    + " })()"), "Finish can be tapped");

            page.navigate(server.url("/history"));
            page.waitUntil("history", "document.querySelector('#app h1')");
            assertEquals("sticky", page.evaluate(
                    "getComputedStyle(document.querySelector('.topbar')).position"), "pinned on other screens");
        }
    }
}
