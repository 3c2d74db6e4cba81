package app.spotter.server.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spotter.history.LoggedWorkout;
import app.spotter.json.Json;
import app.spotter.server.support.RunningServer;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paging the history by (startedAt, id) lists every workout exactly once, in order, whatever the ties. */
class HistoryCursorTest {
    private static final long T0 = 1_700_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void threeWorkoutsWithOneStartTimeArePagedTwoThenOne() {
        try (RunningServer server = RunningServer.start(dir)) {
            for (String id : List.of("a", "b", "c")) {
                log(server, id, T0);
            }
            JsonArray first = page(server, "?limit=2");
            assertEquals(List.of("c", "b"), ids(first));
            JsonObject last = first.getObject(1);
            JsonArray second = page(server, "?limit=2&before=" + last.getLong("startedAt") + "&beforeId="
                    + last.getString("id"));
            assertEquals(List.of("a"), ids(second));
        }
    }

    @Test
    void everyPageSizeListsEveryWorkoutOnceInOrder() {
        try (RunningServer server = RunningServer.start(dir)) {
            Random random = new Random(15);
            List<String> logged = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String id = "w" + Integer.toString(random.nextInt(1_000_000), 36) + i;
                log(server, id, T0 + random.nextInt(5) * 3_600_000L);
                logged.add(id);
            }
            for (int limit = 1; limit <= 9; limit++) {
                List<String> seen = new ArrayList<>();
                String query = "?limit=" + limit;
                for (int guard = 0; guard < 100; guard++) {
                    JsonArray rows = page(server, query);
                    seen.addAll(ids(rows));
                    if (rows.size() < limit) {
                        break;
                    }
                    JsonObject last = rows.getObject(rows.size() - 1);
                    query = "?limit=" + limit + "&before=" + last.getLong("startedAt") + "&beforeId="
                            + last.getString("id");
                }
                assertEquals(logged.size(), seen.size(), "limit " + limit + ": " + seen);
                assertEquals(Set.copyOf(logged), new HashSet<>(seen), "limit " + limit);
                List<String> all = ids(page(server, "?limit=200"));
                assertEquals(all, seen, "the pages joined are the whole list, in order");
            }
        }
    }

    private static void log(RunningServer server, String id, long startedAt) {
        Workout done = LoggedWorkout.started(id, startedAt).exercise("Plank", ExerciseKind.DURATION)
                .timed(60, 0, 0).finish(60);
        assertEquals(201, server.post("/api/workouts", WorkoutCodec.write(done)).status());
    }

    private static JsonArray page(RunningServer server, String query) {
        var reply = server.get("/api/history" + query);
        assertEquals(200, reply.status(), reply.body());
        return Json.parseArray(reply.body());
    }

    private static List<String> ids(JsonArray rows) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ids.add(rows.getObject(i).getString("id"));
        }
        return ids;
    }
}
