package app.spotter.server.api;

import static app.spotter.server.support.SessionDocs.at;
import static app.spotter.server.support.SessionDocs.complete;
import static app.spotter.server.support.SessionDocs.finish;
import static app.spotter.server.support.SessionDocs.json;
import static app.spotter.server.support.SessionDocs.start;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.support.RunningServer;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/workouts} pages by (startedAt, sessionId), so workouts sharing a start time cross pages whole. */
class WorkoutsCursorTest {
    private static final long T0 = 1_764_620_000_000L;
    private static final long HOUR = 3_600_000L;

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

    @Test
    void five_workouts_sharing_a_start_time_are_each_listed_once_in_order_whatever_the_page_size() {
        logAt("early", T0 - HOUR);
        for (String id : List.of("t1", "t4", "t2", "t5", "t3")) {
            logAt(id, T0);
        }
        logAt("late", T0 + HOUR);
        List<String> whole = List.of("late", "t5", "t4", "t3", "t2", "t1", "early");
        assertEquals(whole, ids(""));
        for (int limit = 1; limit <= 4; limit++) {
            assertEquals(whole, pagedThrough(limit), "limit " + limit);
        }
    }

    @Test
    void before_alone_still_lists_every_workout_started_before_it() {
        logAt("early", T0 - HOUR);
        logAt("t1", T0);
        logAt("t2", T0);
        logAt("late", T0 + HOUR);
        assertEquals(List.of("early"), ids("?before=" + T0));
        assertEquals(List.of("t2", "t1", "early"), ids("?before=" + (T0 + HOUR)));
    }

    /** Follows the cursor the way a client does: the last row's startedAt and sessionId. */
    private List<String> pagedThrough(int limit) {
        List<String> seen = new ArrayList<>();
        String query = "?limit=" + limit;
        for (int guard = 0; guard < 20; guard++) {
            List<Workout> page = page(query);
            page.forEach(w -> seen.add(w.sessionId()));
            if (page.size() < limit) {
                return seen;
            }
            Workout last = page.get(page.size() - 1);
            query = "?limit=" + limit + "&before=" + last.startedAt() + "&beforeId=" + last.sessionId();
        }
        throw new AssertionError("paging did not end: " + seen);
    }

    private void logAt(String id, long start) {
        Workout done = finish(complete(start(id, start, "a"), 0, 0, at(start + 60_000, "a")),
                at(start + 1_800_000, "a"));
        assertEquals(201, server.post("/api/workouts", json(done)).status());
    }

    private List<Workout> page(String query) {
        Reply reply = server.get("/api/workouts" + query);
        assertEquals(200, reply.status(), reply.body());
        return WorkoutCodec.readList(reply.body());
    }

    private List<String> ids(String query) {
        return page(query).stream().map(Workout::sessionId).toList();
    }
}
