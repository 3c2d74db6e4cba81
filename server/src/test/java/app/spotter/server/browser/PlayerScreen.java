package app.spotter.server.browser;

import app.spotter.json.Json;
import app.spotter.server.support.Browser;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import com.grack.nanojson.JsonObject;
import java.io.IOException;
import org.htmlunit.WebWindow;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;

/** The workout player (and the Start buttons that lead to it) as a user sees it, found by the player's hooks. */
final class PlayerScreen {
    // The player keeps its data under keys of the signed-in user: spotter.v1.u.<user id>.<name>.
    static final String ACTIVE_KEY = "activeSession";
    static final String OUTBOX_KEY = "outbox";
    // The window, not one page of it: from the player's own bundle a move to another screen loads a new page.
    private final WebWindow window;

    PlayerScreen(HtmlPage page) {
        this.window = page.getEnclosingWindow();
    }

    HtmlPage page() {
        return (HtmlPage) window.getEnclosedPage();
    }

    String path() {
        return page().getUrl().getPath();
    }

    /** Taps "Start" on the card of the template with this id on the Workouts list. */
    void start(String templateId) {
        click("li.template-card[data-template-id='" + templateId + "'] [data-action=start]");
    }

    /** Taps a button by its accessible name ({@code aria-label}). */
    void tapNamed(String name) {
        click("button[aria-label='" + name.replace("'", "\\'") + "']:not([disabled])");
    }

    /** Taps the first enabled button with this {@code data-action}. */
    void tap(String action) {
        click("[data-action=" + action + "]:not([disabled])");
    }

    /** Taps Done or Undo on one set of the open exercise. */
    void tapSet(String action, int exercise, int set) {
        click("[data-action=" + action + "][data-exercise='" + exercise + "'][data-set='" + set + "']");
    }

    void waitFor(String what, java.util.function.Supplier<Boolean> condition) {
        Browser.waitUntil(what, condition);
    }

    /** Polls until every assertion in {@code check} holds at once (the page may be mid-redraw at any read). */
    void eventually(String what, Runnable check) {
        Browser.eventually(what, check);
    }

    DomElement element(String selector) {
        return Browser.waitFor(page(), selector);
    }

    int count(String selector) {
        return page().querySelectorAll(selector).size();
    }

    String text(String selector) {
        DomElement element = page().querySelector(selector);
        return element == null ? "" : element.getTextContent();
    }

    /** The elapsed timer in seconds, read from its MM:SS text. */
    long timerSeconds() {
        return seconds("#workout-timer");
    }

    /** The rest countdown, which shows MM:SS like the workout timer. */
    long restSeconds() {
        return seconds("#rest-timer");
    }

    private long seconds(String selector) {
        String mmss = text(selector);
        if (!mmss.matches("\\d{2,}:[0-5]\\d")) {
            throw new AssertionError(selector + " shows '" + mmss + "', not MM:SS");
        }
        int colon = mmss.indexOf(':');
        return Long.parseLong(mmss.substring(0, colon)) * 60 + Long.parseLong(mmss.substring(colon + 1));
    }

    int activeExerciseIndex() {
        return Integer.parseInt(element(".exercise.active").getAttribute("data-index"));
    }

    /** The player's localStorage value ({@code schema}, {@code workout}, {@code watermark}, {@code baseRevision},
     * {@code restTimeRemaining}, {@code savedAt}), or null. */
    JsonObject stored() {
        String raw = userStorage(ACTIVE_KEY);
        return raw == null ? null : Json.parseObject(raw);
    }

    /** The workout the player keeps on this device (session model 2), or null. */
    Workout storedWorkout() {
        JsonObject stored = stored();
        return stored == null ? null : WorkoutCodec.fromJson(stored.getObject("workout"), 0);
    }

    /** Types into a field ({@code data-field}) and leaves it, as a user does: the change event commits it. */
    void type(String field, String value) {
        org.htmlunit.html.HtmlElement input = (org.htmlunit.html.HtmlElement) element("[data-field='" + field + "']");
        try {
            if (input instanceof org.htmlunit.html.HtmlTextArea) {
                ((org.htmlunit.html.HtmlTextArea) input).setText(value);
            } else {
                ((org.htmlunit.html.HtmlInput) input).setValue(value);
            }
            input.fireEvent("input");
            input.fireEvent("change");
        } catch (RuntimeException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Chooses an option of a select ({@code data-field}) by its value. */
    void choose(String field, String value) {
        org.htmlunit.html.HtmlSelect select = (org.htmlunit.html.HtmlSelect) element("[data-field='" + field + "']");
        select.setSelectedAttribute(value, true);
    }

    /** A value the player keeps for the user signed in on this page (the one {@code spotter.lastUser} names). */
    String userStorage(String name) {
        return Browser.localStorage(page(), userKey(name));
    }

    /** The full key of one of the signed-in user's values, once the app knows who is signed in. */
    String userKey(String name) {
        Browser.waitUntil("the signed-in user", () -> Browser.localStorage(page(), "spotter.lastUser") != null);
        String id = Json.parseObject(Browser.localStorage(page(), "spotter.lastUser")).getString("id");
        return "spotter.v1.u." + id + "." + name;
    }

    private void click(String selector) {
        DomElement button = Browser.waitFor(page(), selector);
        try {
            ((HtmlElement) button).click();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
