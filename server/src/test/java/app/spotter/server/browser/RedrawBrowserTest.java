package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.htmlunit.HttpMethod;
import org.htmlunit.html.HtmlInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the player redraws: in one step, not at all when nothing changed, and never over what the user types. */
class RedrawBrowserTest {
    private static final String SECOND_SET_REPS = "input[data-field='exercises[0].sets[1].reps']";
    @TempDir
    Path dir;
    private PlayerFixture app;

    @BeforeEach
    void start() {
        app = new PlayerFixture(dir);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aRedrawKeepsTheValueBeingTypedAndTheFocus() throws IOException {
        app.startedElsewhere(app.push, "s-typing", 60_000);
        PlayerScreen screen = app.open("/workouts/active");
        screen.waitFor("the first sync", () -> screen.text("#sync-status").equals("synced"));
        HtmlInput reps = (HtmlInput) screen.element(SECOND_SET_REPS);
        reps.type("2");
        assertEquals("82", reps.getValue());

        // Something else changes the screen while the user is still in the field (an event that moves no focus).
        screen.page().executeJavaScript("document.querySelector(\"[data-action=done][data-exercise='0']"
                + "[data-set='0']\").dispatchEvent(new MouseEvent('click', {bubbles: true}))");

        screen.eventually("set 1 done, and set 2 still holding what is being typed", () -> {
            assertEquals(1, screen.count(".set-row.done"));
            HtmlInput redrawn = (HtmlInput) screen.page().querySelector(SECOND_SET_REPS);
            assertEquals("82", redrawn.getValue());
            assertSame(redrawn, screen.page().getFocusedElement(), "the focus stays in the field");
        });
        assertEquals(8, PlayerFixture.set(screen.storedWorkout(), 0, 1).repsValue(), "typed, not committed yet");
    }

    @Test
    void theServersAnswerEqualToTheCopyOnScreenLeavesTheScreenAlone() {
        app.startedElsewhere(app.push, "s-same", 60_000);
        PlayerScreen first = app.open("/workouts/active");
        first.waitFor("the first sync", () -> first.text("#sync-status").equals("synced"));
        NetworkFaults slow = new NetworkFaults(app.browser.client(), HttpMethod.GET, "/api/session-draft");
        slow.set(NetworkFaults.Fault.HELD);

        PlayerScreen screen = new PlayerScreen(app.browser.reload(first.page()));
        screen.waitFor("the device's copy on screen", () -> screen.count(".exercise") == 2);
        screen.page().executeJavaScript("window.firstScreen = document.querySelector('section.player')");
        slow.release();

        screen.eventually("the server's answer handled", () -> {
            assertEquals(1, slow.seen());
            assertEquals("synced", screen.text("#sync-status"));
        });
        assertTrue((Boolean) screen.page().executeJavaScript(
                "document.querySelector('section.player') === window.firstScreen").getJavaScriptResult(),
                "the same screen element: nothing was rebuilt");
    }

    @Test
    void markingOneSetDoneKeepsEveryRowAndThePartsAroundAndRewritesOnlyWhatChanged() {
        app.startedElsewhere(app.push, "s-rows", 60_000);
        PlayerScreen screen = app.open("/workouts/active");
        screen.waitFor("the first sync", () -> screen.text("#sync-status").equals("synced"));
        screen.page().executeJavaScript("window.rowsBefore = Array.prototype.slice.call("
                + "document.querySelectorAll('.exercise.active .set-row'));"
                + " window.partsBefore = ['.player-header', '.workout-note', '.player-footer', '.rest-slot']"
                + ".map(function (s) { return document.querySelector(s); })");

        screen.tapSet("done", 0, 0);

        screen.eventually("set 1 done in its own row; every row the same element", () -> {
            assertEquals(1, screen.count(".set-row.done"));
            assertEquals("Undo set 1", screen.page().executeJavaScript("window.rowsBefore[0].querySelector("
                    + "'.set-toggle').getAttribute('aria-label')").getJavaScriptResult(), "Done became Undo in place");
            assertTrue(screen.text(".exercise.active .exercise-progress").startsWith("1/2 sets"),
                    "the count rewritten in the kept head");
            assertEquals("true,true", screen.page().executeJavaScript("Array.prototype.map.call("
                    + "document.querySelectorAll('.exercise.active .set-row'), function (row, i) {"
                    + " return String(row === window.rowsBefore[i]); }).join(',')").getJavaScriptResult());
            assertEquals("true,true,true,true", screen.page().executeJavaScript("['.player-header', '.workout-note',"
                    + " '.player-footer', '.rest-slot'].map(function (s, i) {"
                    + " return String(document.querySelector(s) === window.partsBefore[i]); }).join(',')")
                    .getJavaScriptResult(), "the header, note, footer and rest panel kept their elements");
        });
    }

    @Test
    void markingOneSetDoneTakesNothingElseOutOfThePage() {
        app.startedElsewhere(app.push, "s-moves", 60_000);
        PlayerScreen screen = app.open("/workouts/active");
        screen.waitFor("the first sync", () -> screen.text("#sync-status").equals("synced"));
        // A node taken out and put back (moved) is styled and laid out afresh: on a phone that is the tap's cost.
        screen.page().executeJavaScript("window.moved = []; window.openCard = document.querySelector('.exercise.active');"
                + " ['insertBefore', 'appendChild', 'removeChild', 'replaceChild'].forEach(function (name) {"
                + "   var original = Node.prototype[name];"
                + "   Node.prototype[name] = function (node, other) {"
                + "     if (node.nodeType === 1 && document.querySelector('section.player').contains(this)) {"
                + "       window.moved.push(name + ' ' + node.className); }"
                + "     return original.apply(this, arguments); }; });");

        screen.tapSet("done", 0, 0);

        screen.eventually("set 1 done: only the rest panel came in, nothing was replaced or moved", () -> {
            assertEquals(1, screen.count(".set-row.done"));
            assertEquals("appendChild rest-panel running", screen.page()
                    .executeJavaScript("window.moved.sort().join(',')").getJavaScriptResult());
            assertTrue((Boolean) screen.page().executeJavaScript(
                    "document.querySelector('.exercise.active') === window.openCard").getJavaScriptResult(),
                    "the open card kept its element");
        });
    }

    @Test
    void theSecondsTickWithoutRewritingTheTextThatStayedTheSame() {
        app.startedElsewhere(app.push, "s-tick", 60_000);
        PlayerScreen screen = app.open("/workouts/active");
        screen.waitFor("the first sync", () -> screen.text("#sync-status").equals("synced"));
        screen.page().executeJavaScript("window.statusText = document.querySelector('#sync-status').firstChild;"
                + " window.timerBefore = document.querySelector('#workout-timer').textContent");

        screen.eventually("a tick: the timer moved, the sync status left as it was", () -> {
            assertTrue((Boolean) screen.page().executeJavaScript("document.querySelector('#workout-timer')"
                    + ".textContent !== window.timerBefore").getJavaScriptResult(), "the timer moved");
            assertTrue((Boolean) screen.page().executeJavaScript("document.querySelector('#sync-status').firstChild"
                    + " === window.statusText").getJavaScriptResult(), "the same text node: nothing to lay out");
        });
    }

    @Test
    void aRefusedEditDrawsEveryRowAnewSoTheBoxShowsTheStoredValue() {
        app.startedElsewhere(app.push, "s-refused", 60_000);
        PlayerScreen screen = app.open("/workouts/active");
        screen.waitFor("the first sync", () -> screen.text("#sync-status").equals("synced"));
        screen.element(SECOND_SET_REPS);
        screen.page().executeJavaScript("var box = document.querySelector(\"" + SECOND_SET_REPS
                + "\"); box.value = '99999'; box.dispatchEvent(new Event('change', {bubbles: true}))");

        screen.eventually("the refusal shown, the box back to the stored reps", () -> {
            assertTrue(screen.count(".exercise.active .field-error") > 0, "a message beside the set");
            assertEquals("8", ((HtmlInput) screen.page().querySelector(SECOND_SET_REPS)).getValue());
        });
        assertEquals(8, PlayerFixture.set(screen.storedWorkout(), 0, 1).repsValue());
    }
}
