package app.spotter.server.browser;

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

            // Scrolled and checked in one expression, polled: a re-render that scrolls the active exercise into
            // view cannot slip between the scroll and the reading.
            page.waitUntil("scrolled, the player's header on top (not under the nav), the nav scrolled away and"
                    + " Finish tappable", "(() => { window.scrollTo(0, 1200); if (window.scrollY <= 1000) return false;"
                    + " const f = document.querySelector('[data-action=finish]'); const r = f.getBoundingClientRect();"
                    + " return " + HEADER_ON_TOP
                    + " && document.querySelector('.topbar').getBoundingClientRect().bottom <= 0"
                    + " && f.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)); })()");

            page.navigate(server.url("/history"));
            page.waitUntil("History drawn with the navigation pinned", "document.querySelector('#app h1')"
                    + " && !document.querySelector('.player')"
                    + " && getComputedStyle(document.querySelector('.topbar')).position === 'sticky'");
        }
    }
}
