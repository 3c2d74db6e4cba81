package app.spotter.server.browser;

import app.spotter.json.Json;
import app.spotter.server.support.ChromiumPage;
import app.spotter.server.support.RunningServer;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import com.grack.nanojson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Two Chromium browsers (separate profiles: two devices) signed in as the same user, for the "done means" tests
 * of issue 10. One device's clock can run ahead ({@code Date.now} shifted from its first script on), and a
 * device can go offline and come back through the DevTools network emulation.
 */
final class TwoDevices implements AutoCloseable {
    final ChromiumPage first;
    final ChromiumPage second;
    private final RunningServer server;

    TwoDevices(RunningServer server, long secondAheadMillis) throws Exception {
        this.server = server;
        first = ChromiumPage.open(390, 844);
        second = ChromiumPage.open(390, 844);
        for (ChromiumPage page : List.of(first, second)) {
            page.call("Network.enable", new JsonObject());
            page.setCookie(server.url("/"), "spotter_session", server.owner().sessionToken());
        }
        if (secondAheadMillis != 0) {
            JsonObject script = new JsonObject();
            script.put("source", "(function () { var real = Date.now; Date.now = function () {"
                    + " return real.call(Date) + " + secondAheadMillis + "; }; })();");
            second.call("Page.addScriptToEvaluateOnNewDocument", script);
        }
    }

    /** Both devices open the player and wait for their first sync. */
    void openPlayers() throws InterruptedException {
        for (ChromiumPage page : List.of(first, second)) {
            page.navigate(server.url("/workouts/active"));
            page.waitUntil("the player, synced", "document.querySelector('#sync-status')"
                    + " && document.querySelector('#sync-status').textContent === 'synced'");
        }
    }

    static void offline(ChromiumPage page, boolean offline) {
        JsonObject conditions = new JsonObject();
        conditions.put("offline", offline);
        conditions.put("latency", 0);
        conditions.put("downloadThroughput", -1);
        conditions.put("uploadThroughput", -1);
        page.call("Network.emulateNetworkConditions", conditions);
    }

    /** Clicks the button with this accessible name. */
    static void tapNamed(ChromiumPage page, String name) {
        page.evaluate("document.querySelector(\"button[aria-label='" + name + "']\").click()");
    }

    static void tapSet(ChromiumPage page, String action, int exercise, int set) {
        page.evaluate("document.querySelector(\"[data-action=" + action + "][data-exercise='" + exercise
                + "'][data-set='" + set + "']\").click()");
    }

    /** Types into a field and leaves it: the input and change events a user's typing makes. */
    static void type(ChromiumPage page, String field, String value) {
        page.evaluate("(() => { const i = document.querySelector(\"[data-field='" + field + "']\"); i.value = '"
                + value + "'; i.dispatchEvent(new Event('input', {bubbles: true}));"
                + " i.dispatchEvent(new Event('change', {bubbles: true})); })()");
    }

    static void addExercise(ChromiumPage page, String name, String kind) throws InterruptedException {
        page.evaluate("document.querySelector('[data-action=add-exercise]').click()");
        page.waitUntil("the exercise form with the catalog", "document.querySelector('#exercise-names')");
        type(page, "new-exercise.name", name);
        type(page, "new-exercise.kind", kind);
        page.evaluate("document.querySelector('[data-action=confirm-add-exercise]').click()");
    }

    /** What the screen shows: each exercise as "name:sets:done". */
    static String shown(ChromiumPage page) {
        return page.evaluate("[...document.querySelectorAll('.exercise')].map(c =>"
                + " c.querySelector('.exercise-name').textContent + ':' + c.querySelectorAll('.set-row').length"
                + " + ':' + c.querySelectorAll('.set-row.done').length).join('|')");
    }

    /** The same for a document. */
    static String shape(Workout workout) {
        List<String> parts = new ArrayList<>();
        for (WorkoutExercise exercise : workout.visibleExercises()) {
            parts.add(exercise.nameValue() + ":" + exercise.visibleSets().size() + ":" + exercise.setsDone());
        }
        return String.join("|", parts);
    }

    static long number(ChromiumPage page, String expression) {
        String value = page.evaluate("String(" + expression + ")");
        return Long.parseLong(value);
    }

    static long timerSeconds(ChromiumPage page) {
        return mmssSeconds(page, "#workout-timer");
    }

    static long restSeconds(ChromiumPage page) {
        return mmssSeconds(page, "#rest-timer");
    }

    private static long mmssSeconds(ChromiumPage page, String selector) {
        String mmss = page.evaluate("document.querySelector('" + selector + "').textContent");
        int colon = mmss.indexOf(':');
        return Long.parseLong(mmss.substring(0, colon)) * 60 + Long.parseLong(mmss.substring(colon + 1));
    }

    static String storedWorkoutJson(ChromiumPage page, String userKey) {
        String raw = page.evaluate("localStorage.getItem('" + userKey + "')");
        return raw == null ? null : Json.write(Json.parseObject(raw).getObject("workout"));
    }

    @Override
    public void close() {
        first.close();
        second.close();
    }
}
