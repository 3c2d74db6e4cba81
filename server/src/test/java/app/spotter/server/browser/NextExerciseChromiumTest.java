package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.support.ChromiumPage;
import app.spotter.server.support.RunningServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The last set's Done in Chromium: the tap's own change (the row done, the rest running) is on screen when the tap
 * returns, with the card still open; the next exercise opens just after, and its open card was drawn ahead while
 * the user rested, so opening it makes only the closed card's few elements.
 */
class NextExerciseChromiumTest {
    @TempDir
    Path dir;

    @Test
    void theLastSetsDoneShowsTheCheckFirstThenOpensTheNextExerciseDrawnAhead() throws Exception {
        try (RunningServer server = RunningServer.start(dir);
             ChromiumPage page = ChromiumPage.open(390, 844)) {
            page.setCookie(server.url("/"), "spotter_session", server.owner().sessionToken());
            page.navigate(server.url("/workouts"));
            page.waitUntil("the cards", "document.querySelector('.template-card [data-action=start]')");
            page.evaluate("document.querySelector('.template-card [data-action=start]').click()");
            page.waitUntil("the player", "document.querySelector('.exercise.active [data-action=done]')");
            String first = page.evaluate("document.querySelector('.exercise.active').dataset.exerciseId");
            int sets = Integer.parseInt(page.evaluate(
                    "String(document.querySelectorAll('.exercise.active .set-row').length)"));
            for (int s = 1; s < sets; s++) {
                page.evaluate("document.querySelector('.exercise.active [data-action=done]').click()");
                int done = s;
                page.waitUntil("set " + done + " done",
                        "document.querySelectorAll('.exercise.active .set-row.done').length === " + done);
            }
            // A few frames of rest, in which the next card is drawn ahead.
            page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() =>"
                    + " setTimeout(() => r('rested'), 200))))");
            // Counts the elements made from the tap to the moment the next card is in the list (read by an
            // observer at the end of the task that put it there, before any later task draws further ahead).
            page.evaluate("window.made = 0; const make = document.createElement.bind(document);"
                    + " document.createElement = function (tag) { window.made++; return make(tag); };"
                    + " new MutationObserver(() => { const open = document.querySelector('.exercise.active');"
                    + "   if (window.madeToOpen === undefined && open.dataset.exerciseId !== '" + first + "') {"
                    + "     window.madeToOpen = window.made; } })"
                    + " .observe(document.querySelector('.exercises'), {childList: true})");

            String atTheTap = page.evaluate("(() => { document.querySelector('.exercise.active"
                    + " [data-action=done]').click(); const open = document.querySelector('.exercise.active');"
                    + " return open.dataset.exerciseId + ' ' + open.querySelectorAll('.set-row.done').length"
                    + " + ' ' + !!document.querySelector('#rest-timer'); })()");
            assertEquals(first + " " + sets + " true", atTheTap,
                    "when the tap returns: every set of the card done, the card still open, the rest running");

            page.waitUntil("the next exercise open", "document.querySelector('.exercise.active').dataset.exerciseId"
                    + " !== '" + first + "'");
            int made = Integer.parseInt(page.evaluate("String(window.madeToOpen)"));
            int openCard = Integer.parseInt(page.evaluate(
                    "String(document.querySelector('.exercise.active').querySelectorAll('*').length)"));
            assertTrue(made < openCard / 2, "opening the next exercise made " + made + " elements; its open card"
                    + " has " + openCard + ": it was drawn ahead, only the closed card is new");
        }
    }
}
