package app.spotter.server.api;

import static app.spotter.server.support.SessionDocs.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.SessionCodec;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.SessionDocs;
import app.spotter.session.WorkoutSession;
import app.spotter.templates.ExercisePlan;
import app.spotter.templates.SetTarget;
import app.spotter.templates.WorkoutTemplate;
import app.spotter.workout.Workout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PUT body of one set completion: a whole document in wire format 1 grows with the session, a delta of wire
 * format 2 does not (issue 10 asks for the numbers on an 8 x 4 and a 40 x 10 session).
 */
class DraftPayloadSizeApiTest {
    private static final long T0 = 1_764_620_000_000L;

    @TempDir
    Path dir;

    @Test
    void one_set_completion_sends_a_delta_whose_size_does_not_grow_with_the_session() {
        try (RunningServer server = RunningServer.start(dir)) {
            int small = deltaBytes(server, "s-8x4", 8, 4);
            int large = deltaBytes(server, "s-40x10", 40, 10);
            int v1Small = v1Bytes(8, 4);
            int v1Large = v1Bytes(40, 10);
            System.out.printf("one set completion, PUT body: 8 x 4 v1 whole %d B, v2 delta %d B; 40 x 10 v1 whole"
                    + " %d B, v2 delta %d B%n", v1Small, small, v1Large, large);
            assertTrue(small < 1024 && large < 1024, small + " / " + large);
            assertTrue(Math.abs(large - small) < 64, "the delta does not grow with the session: " + small + " / "
                    + large);
            assertTrue(v1Large > 10 * large, "the whole v1 document does: " + v1Large);
        }
    }

    // Stores the whole session, completes one set in the middle, and sends the delta since the acknowledged copy.
    private static int deltaBytes(RunningServer server, String id, int exercises, int sets) {
        Workout started = SessionDocs.start(SessionDocs.sized("Big day", exercises, sets), id, T0, "phone");
        assertEquals(200, server.put("/api/session-draft?baseRevision=0&replace=true", SessionDocs.json(started))
                .status());
        Workout next = SessionDocs.complete(started, exercises / 2, sets / 2, at(T0 + 60_000, "phone"));
        String delta = SessionDocs.delta(next, started.latestStamp());
        Reply reply = server.put("/api/session-draft?baseRevision=1", delta);
        assertEquals(200, reply.status(), reply.body());
        assertEquals(next, SessionDocs.read(server.get("/api/session-draft").body()));
        return delta.getBytes(StandardCharsets.UTF_8).length;
    }

    private static int v1Bytes(int exercises, int sets) {
        List<ExercisePlan> plans = new ArrayList<>();
        for (int e = 0; e < exercises; e++) {
            List<SetTarget> targets = new ArrayList<>();
            for (int s = 0; s < sets; s++) {
                targets.add(new SetTarget(8, 60 + s * 2.5));
            }
            plans.add(new ExercisePlan("Exercise " + (e + 1), 90, targets));
        }
        WorkoutSession v1 = WorkoutSession.start(new WorkoutTemplate("t1", "Big day", plans), "s-v1", T0)
                .completeSet(exercises / 2, sets / 2, T0 + 60_000);
        return SessionCodec.write(v1).getBytes(StandardCharsets.UTF_8).length;
    }
}
