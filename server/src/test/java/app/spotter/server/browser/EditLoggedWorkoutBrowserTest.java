package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.history.LoggedWorkout;
import app.spotter.server.support.Browser;
import app.spotter.server.support.RunningServer;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import app.spotter.workout.WorkoutExercise;
import com.grack.nanojson.JsonArray;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.HttpMethod;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled client in HtmlUnit against the real server: editing a logged workout from its page. */
class EditLoggedWorkoutBrowserTest {
    /** Monday 2024-01-01 00:00 UTC. */
    private static final long MONDAY = 1_704_067_200_000L;
    private static final long DAY = 86_400_000L;

    @TempDir
    Path dir;
    private RunningServer server;
    private Browser browser;

    @BeforeEach
    void start() {
        server = RunningServer.start(dir);
        browser = new Browser().signedInAs(server.owner());
    }

    @AfterEach
    void stop() {
        browser.close();
        server.close();
    }

    private void log(String id, String name, long start) {
        Workout w = LoggedWorkout.named(id, name, start).exercise("Bench press", ExerciseKind.WEIGHT_REPS)
                .reps(5, 100).reps(5, 100).finish(1800);
        var reply = server.post("/api/workouts", WorkoutCodec.write(w));
        assertEquals(201, reply.status(), reply.body());
    }

    private List<String> historyIds() {
        JsonArray rows = Json.parseArray(server.get("/api/history").body());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ids.add(rows.getObject(i).getString("id"));
        }
        return ids;
    }

    /**
     * Types into a field as a user does: the value, then the change event of leaving it. The value goes in through
     * the element's {@code value}, as a date picker puts it there.
     */
    private static void enter(HtmlPage page, String selector, String value) {
        Browser.waitUntil("a field " + selector, () -> page.querySelector(selector) != null);
        page.executeJavaScript("document.querySelector('" + selector.replace("'", "\\'") + "').value = '" + value
                + "'");
        ((HtmlInput) page.querySelector(selector)).fireEvent("change");
        // The page redraws a moment after a change; the new box is drawn with what was entered.
        Browser.waitUntil(selector + " redrawn with " + value, () -> value.equals(
                ((DomElement) page.querySelector(selector)).getAttribute("data-drawn")));
    }

    private static String field(String key) {
        return "[data-field=\"" + key + "\"]";
    }

    @Test
    void aLoggedWorkoutsWeightASetAndItsDateAreEditedSavedAndStillThereAfterAReload() {
        log("a", "Monday bench", MONDAY + DAY / 2);
        log("c", "Tuesday bench", MONDAY + DAY + DAY / 2);
        log("b", "Wednesday bench", MONDAY + 2 * DAY + DAY / 2);
        assertEquals(List.of("b", "c", "a"), historyIds());
        WorkoutExercise bench = WorkoutCodec.read(server.get("/api/workouts/b").body()).visibleExercises().get(0);
        String exercise = bench.id();
        String second = bench.visibleSets().get(1).id();

        HistoryScreens detail = new HistoryScreens(browser.open(server.url("/history/b")));
        HtmlPage page = detail.page();
        Browser.waitUntil("the sets", () -> detail.texts(".detail-set").size() == 2);
        assertTrue(detail.texts(".record").isEmpty(), "equalling a best is no record");
        detail.click("edit");

        enter(page, field(exercise + "/" + second + "/weight"), "heavy");
        detail.waitForText(".field-error", "Enter a number");
        detail.click("save-edit");
        detail.waitForText(".banner-error", "Fix the fields marked above first: nothing was saved.");
        enter(page, field(exercise + "/" + second + "/weight"), "110");
        Browser.waitUntil("the message gone", () -> detail.texts(".field-error").stream().allMatch(String::isEmpty));

        detail.click("add-set");
        Browser.waitUntil("a third set", () -> page.querySelectorAll(".edit-set").size() == 3);
        DomElement added = (DomElement) page.querySelectorAll(".edit-set").get(2);
        String addedId = added.getAttribute("data-set-id");
        enter(page, field(exercise + "/" + addedId + "/reps"), "3");
        enter(page, "[data-field=edit-date]", "2024-01-01");
        enter(page, "[data-field=edit-time]", "20:00");
        detail.click("save-edit");
        detail.waitForText(".edit-notice", "Saved.");
        detail.waitForText(".record", "\u2605 Bench press: heaviest weight 110 kg (was 100 kg)");

        Workout stored = WorkoutCodec.read(server.get("/api/workouts/b").body());
        assertEquals(3, stored.setsDone());
        assertEquals(1800, stored.durationSeconds(), "the duration stays");
        assertTrue(stored.startedAt() > MONDAY + DAY / 2 && stored.startedAt() < MONDAY + DAY + DAY / 2,
                "Monday 20:00 in the browser's zone: " + stored.startedAt());
        assertEquals(List.of("c", "b", "a"), historyIds(), "history follows the new date");

        HistoryScreens reloaded = new HistoryScreens(browser.reload(page));
        Browser.waitUntil("the edited sets after a reload", () -> reloaded.texts(".detail-set")
                .equals(List.of("5 \u00d7 100 kg", "5 \u00d7 110 kg", "3 \u00d7 110 kg")));
        Browser.waitUntil("the new date", () -> reloaded.texts(".history-meta").stream()
                .anyMatch(t -> t.startsWith("2024-01-01 20:00")));
        reloaded.waitForText(".record", "\u2605 Bench press: heaviest weight 110 kg (was 100 kg)");
        assertEquals(null, Browser.localStorage(reloaded.page(), "spotter.v1.u." + ownerId() + ".outbox"),
                "nothing left waiting");
    }

    @Test
    void anEditSavedWhileTheServerCannotBeReachedSaysSoWhenItLandsLater() {
        log("a", "Monday bench", MONDAY + DAY / 2);
        WorkoutExercise bench = WorkoutCodec.read(server.get("/api/workouts/a").body()).visibleExercises().get(0);
        String first = bench.visibleSets().get(0).id();
        NetworkFaults logging = new NetworkFaults(browser.client(), HttpMethod.POST, "/api/workouts");
        logging.set(NetworkFaults.Fault.REFUSED);

        HistoryScreens detail = new HistoryScreens(browser.open(server.url("/history/a")));
        Browser.waitUntil("the sets", () -> detail.texts(".detail-set").size() == 2);
        detail.click("edit");
        enter(detail.page(), field(bench.id() + "/" + first + "/weight"), "105");
        detail.click("save-edit");
        detail.waitForText(".edit-notice",
                "Saved on this device; it is sent to the server when the connection is back.");
        detail.waitForText(".history-waiting", "Edit waiting to upload");

        logging.set(NetworkFaults.Fault.NONE);
        detail.page().executeJavaScript("window.dispatchEvent(new Event('online'))");

        detail.waitForText(".edit-notice", "Your edit is on the server now.");
        assertTrue(detail.texts(".history-waiting").isEmpty(), "no longer said to be waiting");
        assertEquals(105.0, WorkoutCodec.read(server.get("/api/workouts/a").body()).visibleExercises().get(0)
                .visibleSets().get(0).weightValue());
    }

    private String ownerId() {
        return Json.parseObject(server.get("/api/auth/state").body()).getObject("user").getString("id");
    }
}
