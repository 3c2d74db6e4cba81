package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.support.ChromiumPage;
import app.spotter.server.support.RunningServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keyboard use in Chromium: dialogs (the player's questions too) keep Tab inside, Escape cancels, focus goes back
 * to the control that opened them; Done keeps focus on its set, and the last one's moves it to the next exercise;
 * moving a card keeps focus on its arrow; a route change puts focus on the new title; the cards' buttons say which
 * template they act on.
 */
class KeyboardFocusBrowserTest {
    private static final String ACTIVE = "document.activeElement";

    @TempDir
    Path dir;

    private RunningServer server;
    private ChromiumPage page;

    @BeforeEach
    void open() throws Exception {
        server = RunningServer.start(dir);
        page = ChromiumPage.open(390, 844);
        page.setCookie(server.url("/"), "spotter_session", server.owner().sessionToken());
        page.navigate(server.url("/workouts"));
        page.waitUntil("two starter cards", "document.querySelectorAll('.template-card').length === 2");
    }

    @AfterEach
    void close() {
        page.close();
        server.close();
    }

    private String firstName() {
        return page.evaluate("document.querySelector('.template-card .template-name').textContent");
    }

    @Test
    void deleteDialogTrapsTabEscapeCancelsAndFocusReturnsToTheCardsDeleteButton() throws Exception {
        String name = firstName();
        assertEquals("Delete " + name, page.evaluate("document.querySelector('.template-card [data-action=delete]')"
                + ".getAttribute('aria-label')"));
        assertEquals("Edit " + name, page.evaluate("document.querySelector('.template-card [data-action=edit]')"
                + ".getAttribute('aria-label')"));
        page.evaluate("(() => { const b = document.querySelector('.template-card [data-action=delete]'); b.focus();"
                + " b.click(); })()");
        page.waitUntil("the dialog with focus on Keep it",
                ACTIVE + ".dataset.action === 'cancel-delete' && document.querySelector('[role=dialog]')");
        page.press("Tab", false);
        assertEquals("confirm-delete", page.evaluate(ACTIVE + ".dataset.action"));
        page.press("Tab", false);
        assertEquals("cancel-delete", page.evaluate(ACTIVE + ".dataset.action"), "Tab wraps round inside the dialog");
        page.press("Tab", true);
        assertEquals("confirm-delete", page.evaluate(ACTIVE + ".dataset.action"), "Shift+Tab wraps back");
        page.press("Escape", false);
        page.waitUntil("the dialog closed", "!document.querySelector('[role=dialog]')");
        assertEquals("Delete " + name, page.evaluate(ACTIVE + ".getAttribute('aria-label')"),
                "focus is back on the button that opened the dialog");
        assertEquals("2", page.evaluate("String(document.querySelectorAll('.template-card').length)"), "kept");
    }

    @Test
    void thePlayersQuestionAndTheStartConflictAreTheSameDialogsAsEveryOther() throws Exception {
        page.evaluate("document.querySelector('.template-card [data-action=start]').click()");
        page.waitUntil("the player", "document.querySelector('[data-action=discard]')");
        page.evaluate("(() => { const b = document.querySelector('[data-action=discard]'); b.focus(); b.click(); })()");
        page.waitUntil("the question with focus on Keep going", ACTIVE + ".dataset.action === 'cancel-discard'"
                + " && document.querySelector('[role=dialog].discard-modal')");
        page.press("Tab", false);
        assertEquals("confirm-discard", page.evaluate(ACTIVE + ".dataset.action"));
        page.press("Tab", false);
        assertEquals("cancel-discard", page.evaluate(ACTIVE + ".dataset.action"), "Tab wraps round inside");
        page.press("Escape", false);
        page.waitUntil("the question closed", "!document.querySelector('[role=dialog]')");
        page.waitUntil("focus back on Discard workout", ACTIVE + ".dataset.action === 'discard'");

        page.evaluate("document.querySelector('.nav a[href=\"/workouts\"]').click()");
        page.waitUntil("the cards", "document.querySelectorAll('.template-card [data-action=start]').length === 2");
        page.evaluate("(() => { const b = document.querySelectorAll('.template-card [data-action=start]')[1];"
                + " b.focus(); b.click(); })()");
        page.waitUntil("the conflict with focus on Resume", ACTIVE + ".dataset.action === 'resume'"
                + " && document.querySelector('[role=dialog].conflict-modal')");
        page.press("Tab", true);
        assertEquals("cancel", page.evaluate(ACTIVE + ".dataset.action"), "Shift+Tab wraps back to Cancel");
        page.press("Escape", false);
        page.waitUntil("the conflict closed", "!document.querySelector('[role=dialog]')");
        assertEquals("start", page.evaluate(ACTIVE + ".dataset.action"), "focus is back on the Start that asked");
    }

    @Test
    void spaceOnDoneKeepsTheKeyboardOnTheSetAndTheLastSetHandsItToTheNextExercise() throws Exception {
        page.evaluate("document.querySelector('.template-card [data-action=start]').click()");
        page.waitUntil("the player", "document.querySelector('.exercise.active [data-action=done]')");
        String first = page.evaluate("document.querySelector('.exercise.active').dataset.exerciseId");
        int sets = Integer.parseInt(page.evaluate("String(document.querySelectorAll('.exercise.active .set-row')"
                + ".length)"));
        assertTrue(sets >= 2, "the starter's first exercise has sets to tick off");
        page.evaluate("(() => { const row = document.querySelector('.exercise.active .set-row');"
                + " row.spotterMark = 'kept'; row.querySelector('[data-action=done]').focus(); })()");
        page.press(" ", false);
        page.waitUntil("set 1 done", "document.querySelector('.exercise.active .set-row').classList.contains('done')");
        assertEquals("Undo set 1", page.evaluate(ACTIVE + ".getAttribute('aria-label')"),
                "the keyboard stays on the set just done, its button now Undo");
        assertEquals("kept", page.evaluate("document.querySelector('.exercise.active .set-row').spotterMark"),
                "the row was brought up to date in place, not drawn anew");
        page.press("Tab", true);
        assertEquals("RPE, set 1", page.evaluate(ACTIVE + ".getAttribute('aria-label')"),
                "Shift+Tab goes back along the same row");
        for (int s = 2; s <= sets; s++) {
            page.evaluate("document.querySelector('.exercise.active [data-action=done]').focus()");
            page.press(" ", false);
            int done = s;
            page.waitUntil("set " + done + " done", "document.querySelectorAll('[data-exercise-id=\"" + first
                    + "\"] .set-row.done').length === " + done);
        }
        page.waitUntil("the next exercise open", "document.querySelector('.exercise.active').dataset.exerciseId !== '"
                + first + "'");
        assertEquals("Done, set 1", page.evaluate(ACTIVE + ".getAttribute('aria-label')"),
                "the last set closed its card: the keyboard is on the next exercise's first set");
        assertEquals("true", page.evaluate("String(document.querySelector('.exercise.active').contains("
                + ACTIVE + "))"));
    }

    @Test
    void afterADeleteFocusGoesToTheNextCard() throws Exception {
        String second = page.evaluate("document.querySelectorAll('.template-card .template-name')[1].textContent");
        page.evaluate("(() => { const b = document.querySelector('.template-card [data-action=delete]'); b.focus();"
                + " b.click(); })()");
        page.waitUntil("the dialog", "document.querySelector('[data-action=confirm-delete]')");
        page.evaluate("document.querySelector('[data-action=confirm-delete]').click()");
        page.waitUntil("one card left", "document.querySelectorAll('.template-card').length === 1"
                + " && !document.querySelector('[role=dialog]')");
        page.waitUntil("focus on the next card's Start", ACTIVE + ".getAttribute('aria-label') === 'Start " + second
                + "'");
    }

    @Test
    void movingACardDownKeepsFocusOnItsArrowAtTheNewPlace() throws Exception {
        String name = firstName();
        page.evaluate("(() => { const b = document.querySelector('.template-card [data-action=move-down]'); b.focus();"
                + " b.click(); })()");
        page.waitUntil("the card moved", "document.querySelectorAll('.template-card .template-name')[1].textContent"
                + " === '" + name + "'");
        // At the bottom its down arrow is disabled, so focus goes to its up arrow: still on the moved card.
        assertEquals("Move " + name + " up", page.evaluate(ACTIVE + ".getAttribute('aria-label')"));
    }

    @Test
    void aRouteChangePutsFocusOnTheNewScreensTitle() throws Exception {
        page.evaluate("document.querySelector('.nav a[href=\"/history\"]').click()");
        page.waitUntil("the History title focused", ACTIVE + ".tagName === 'H1' && " + ACTIVE
                + ".textContent === 'History'");
        page.evaluate("document.querySelector('.nav a[href=\"/workouts\"]').click()");
        page.waitUntil("the Workouts title focused after the list loaded", ACTIVE + ".textContent === 'Workouts'"
                + " && document.querySelectorAll('.template-card').length === 2");
        assertTrue(page.evaluate("document.body.innerText").contains("exercises"));
    }
}
