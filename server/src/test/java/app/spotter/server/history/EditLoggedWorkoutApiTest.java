package app.spotter.server.history;

import static app.spotter.server.support.SessionDocs.at;
import static app.spotter.server.support.SessionDocs.complete;
import static app.spotter.server.support.SessionDocs.finish;
import static app.spotter.server.support.SessionDocs.json;
import static app.spotter.server.support.SessionDocs.read;
import static app.spotter.server.support.SessionDocs.start;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spotter.history.LoggedWorkout;
import app.spotter.json.Json;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.support.RunningServer;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.Workout;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing a logged workout through {@code POST /api/workouts/{id}/amend}: history, records and progress follow. */
class EditLoggedWorkoutApiTest {
    private static final long T0 = 1_764_620_000_000L;
    private static final long DAY = 86_400_000L;

    @TempDir
    Path dir;
    private RunningServer server;

    @BeforeEach
    void startServer() {
        server = RunningServer.start(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Bench press 8 x 60 and 8 x {@code topKg} done, overhead press not; finished 30 minutes after the start. */
    private Workout logged(String id, long start, double topKg) {
        Workout w = complete(start(id, start, "a"), 0, 0, at(start + 60_000, "a"));
        w = SetEdits.setWeight(w, "e0", "e0.s1", topKg, at(start + 61_000, "a"));
        w = finish(complete(w, 0, 1, at(start + 200_000, "a")), at(start + 1_800_000, "a"));
        Reply reply = server.post("/api/workouts", json(w));
        assertEquals(201, reply.status(), reply.body());
        return w;
    }

    private JsonArray records(String id) {
        Reply reply = server.get("/api/workouts/" + id + "/summary");
        assertEquals(200, reply.status(), reply.body());
        return Json.parseObject(reply.body()).getArray("records");
    }

    private List<String> historyIds() {
        JsonArray rows = Json.parseArray(server.get("/api/history").body());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ids.add(rows.getObject(i).getString("id"));
        }
        return ids;
    }

    private List<Double> benchTopWeights() {
        JsonArray points = Json.parseArray(server.get("/api/progress?exercise=Bench%20press").body());
        List<Double> tops = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            tops.add(points.getObject(i).getDouble("topWeight"));
        }
        return tops;
    }

    /** b fixed to 8 x 70, a forgotten set of 3 x 75 added and ticked, and moved to the day before a. */
    private static Workout edited(Workout b) {
        long when = T0 + 5 * DAY;
        Workout w = SetEdits.setWeight(b, "e0", "e0.s1", 70, at(when, "web"));
        w = SetEdits.addSet(w, "e0", "web-1", at(when + 1, "web"));
        w = SetEdits.setWeight(w, "e0", "web-1", 75, at(when + 2, "web"));
        w = SetEdits.setReps(w, "e0", "web-1", 3, at(when + 3, "web"));
        w = SetEdits.markDone(w, "e0", "web-1", at(when + 4, "web"));
        return SessionEdits.moveStart(w, T0 - DAY, at(when + 5, "web"), when);
    }

    @Test
    void an_edit_changing_a_weight_adding_a_set_and_moving_the_date_recomputes_history_records_and_progress() {
        logged("a", T0, 62.5);
        Workout b = logged("b", T0 + 2 * DAY, 62.5);
        logged("c", T0 + 4 * DAY, 65);
        assertEquals(List.of("c", "b", "a"), historyIds());
        assertEquals(65.0, heaviest(records("c")), "before the edit c holds the heaviest bench");

        Reply amended = server.post("/api/workouts/b/amend", json(edited(b)));
        assertEquals(200, amended.status(), amended.body());
        Workout stored = read(server.get("/api/workouts/b").body());
        assertEquals(T0 - DAY, stored.startedAt());
        assertEquals(1800, stored.durationSeconds(), "the duration stays");
        assertEquals(75.0, stored.exercise("e0").set("web-1").weightValue());
        assertEquals(3, stored.setsDone());

        assertEquals(List.of("c", "a", "b"), historyIds(), "history is ordered by the new date");
        assertEquals(0, records("b").size(), "b is now the first workout: nothing to beat");
        assertEquals(0, records("c").size(), "c's 65 kg is no record once b's 75 kg comes before it");
        assertEquals(List.of(75.0, 62.5, 65.0), benchTopWeights());
        JsonObject row = Json.parseArray(server.get("/api/history").body()).getObject(2);
        assertEquals(8 * 60 + 8 * 70 + 3 * 75, row.getDouble("volumeKg"), 1e-9);
    }

    @Test
    void sending_the_same_edit_twice_stores_the_same_workout() {
        Workout b = logged("b", T0 + 2 * DAY, 62.5);
        String body = json(edited(b));
        Reply first = server.post("/api/workouts/b/amend", body);
        String storedOnce = server.get("/api/workouts/b").body();
        String historyOnce = server.get("/api/history").body();
        String summaryOnce = server.get("/api/workouts/b/summary").body();
        Reply second = server.post("/api/workouts/b/amend", body);
        assertEquals(200, second.status(), second.body());
        assertEquals(first.body(), second.body());
        assertEquals(storedOnce, server.get("/api/workouts/b").body());
        assertEquals(historyOnce, server.get("/api/history").body());
        assertEquals(summaryOnce, server.get("/api/workouts/b/summary").body());
    }

    @Test
    void the_edit_posted_to_the_log_as_the_app_sends_it_stores_what_amend_stores() {
        Workout b = logged("b", T0 + 2 * DAY, 62.5);
        Reply viaLog = server.post("/api/workouts", json(edited(b)));
        assertEquals(200, viaLog.status(), "a logged session posted again is merged in: " + viaLog.body());
        String stored = server.get("/api/workouts/b").body();
        assertEquals(200, server.post("/api/workouts", json(edited(b))).status());
        assertEquals(stored, server.get("/api/workouts/b").body(), "twice is once");
        assertEquals(stored, server.post("/api/workouts/b/amend", json(edited(b))).body());
        assertEquals(T0 - DAY, read(stored).startedAt());
    }

    @Test
    void an_edit_with_a_weight_over_the_limit_is_400_naming_the_field_and_changes_nothing() {
        Workout b = logged("b", T0, 62.5);
        String before = server.get("/api/workouts/b").body();
        String doctored = json(edited(b)).replace("\"weight\":75.0", "\"weight\":5000.0");
        Reply refused = server.post("/api/workouts/b/amend", doctored);
        assertEquals(400, refused.status(), refused.body());
        JsonObject error = Json.parseObject(refused.body());
        assertEquals("exercises[0].sets[2].weight", error.getString("field"), refused.body());
        assertEquals(before, server.get("/api/workouts/b").body());
    }

    @Test
    void a_late_finish_from_a_device_that_never_saw_the_move_merges_into_a_workout_that_still_reads() {
        Workout b = logged("b", T0, 62.5);
        long when = T0 + 5 * DAY;
        Workout moved = SessionEdits.moveStart(b, T0 + 2 * DAY, at(when, "web"), when);
        assertEquals(200, server.post("/api/workouts/b/amend", json(moved)).status());
        // The phone's clock had seen a later stamp, so its Finish (at the old date) wins the finish register.
        Workout phone = complete(start("b", T0, "phone"), 1, 0, at(T0 + 100_000, "phone"));
        phone = SessionEdits.finish(phone, at(when + 1000, "phone"), T0 + 3_600_000);
        Reply late = server.post("/api/workouts", json(phone));
        assertEquals(200, late.status(), late.body());
        Reply stored = server.get("/api/workouts/b");
        assertEquals(200, stored.status(), stored.body());
        Workout merged = read(stored.body());
        assertEquals(T0 + 2 * DAY, merged.startedAt());
        assertEquals(0, merged.durationSeconds(), "a finish before the start reads as the start");
        assertEquals(3, merged.setsDone(), "the phone's set is in the log");
        assertEquals(List.of("b"), historyIds());
    }

    private static double heaviest(JsonArray records) {
        for (int i = 0; i < records.size(); i++) {
            if ("heaviest_weight".equals(records.getObject(i).getString("kind"))) {
                return records.getObject(i).getDouble("value");
            }
        }
        return 0;
    }
}
