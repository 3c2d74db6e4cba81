package app.spotter.workout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.Samples;
import app.spotter.json.SessionCodec;
import app.spotter.session.WorkoutSession;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The sync payload of one set completion: a model 2 delta against the whole v1 document (printed for the note). */
class SyncPayloadSizeTest {
    private static final long T0 = 1_764_620_000_000L;

    private static int bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8).length;
    }

    /** {v1 whole document, v2 whole document, v2 delta} in bytes after completing one set mid-session. */
    static int[] sizes(int exercises, int sets) {
        int e = exercises / 2;
        WorkoutSession v1 = WorkoutSession.start(Samples.sized(exercises, sets), "3f2a-11c0-4d1e-9b7a-5e6f7a8b9c0d", T0)
                .completeSet(e, 1, T0 + 60_000);
        HybridClock clock = new HybridClock("k3f9a2", null);
        Workout v2 = SessionEdits.start(WorkoutSamples.sized(exercises, sets), "3f2a-11c0-4d1e-9b7a-5e6f7a8b9c0d",
                clock.next(T0), T0);
        Stamp watermark = v2.latestStamp();
        Workout after = SetEdits.completeSet(v2, v2.visibleExercises().get(e).id(),
                v2.visibleExercises().get(e).visibleSets().get(1).id(), clock.next(T0 + 60_000), T0 + 60_000);
        return new int[] {bytes(SessionCodec.write(v1)), bytes(WorkoutCodec.write(after)),
                bytes(WorkoutCodec.write(WorkoutDelta.since(after, watermark)))};
    }

    @Test
    void oneSetCompletionSendsADeltaWhoseSizeDoesNotGrowWithTheSession() {
        int[] small = sizes(8, 4);
        int[] large = sizes(40, 10);
        System.out.println("sync payload for one set completion, bytes: 8 x 4: v1 whole " + small[0] + ", v2 whole "
                + small[1] + ", v2 delta " + small[2] + "; 40 x 10: v1 whole " + large[0] + ", v2 whole " + large[1]
                + ", v2 delta " + large[2]);
        assertTrue(Math.abs(large[2] - small[2]) < 16, "the delta is about the same size for both sessions");
        assertTrue(small[2] * 4 < small[0], "the delta is far smaller than the v1 document");
    }
}
