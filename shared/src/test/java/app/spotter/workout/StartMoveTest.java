package app.spotter.workout;

import static app.spotter.workout.WorkoutSamples.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.validation.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Moving a logged workout to another date and start time ({@link SessionEdits#moveStart}) and its merge. */
class StartMoveTest {
    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;
    private static final long NOW = T0 + 10 * DAY;

    private static Workout finished() {
        Workout w = WorkoutSamples.started(WorkoutSamples.pushDay());
        w = SetEdits.completeSet(w, "e0", "e0.s0", WorkoutSamples.at(T0 + 60_000, "a"), T0 + 60_000);
        return SessionEdits.finish(w, WorkoutSamples.at(T0 + HOUR, "a"), T0 + HOUR);
    }

    private static String stored(String name) {
        try (InputStream in = StartMoveTest.class.getResourceAsStream("/v2/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void movingTheStartKeepsTheDurationAndTravelsInTheDocument() {
        Workout moved = SessionEdits.moveStart(finished(), T0 - 3 * DAY, WorkoutSamples.at(NOW, "b"), NOW);
        assertEquals(T0 - 3 * DAY, moved.startedAt());
        assertEquals(3600, moved.durationSeconds());
        String json = WorkoutCodec.write(moved);
        assertTrue(json.contains("\"startedAt\":\"" + WorkoutSamples.at(NOW, "b").text() + "\""), json);
        assertEquals(moved, WorkoutCodec.read(json, NOW));
    }

    @Test
    void aDocumentStoredBeforeTheStartWasARegisterReadsAndMoves() {
        String old = stored("logged-before-start-register.json");
        Workout read = WorkoutCodec.read(old, NOW);
        assertEquals(1764620000000L, read.startedAt());
        assertEquals(read.created(), read.start().at());
        assertFalse(WorkoutCodec.write(read).contains("\"at\":{\"startedAt\""));
        Workout moved = SessionEdits.moveStart(read, 1764620000000L - DAY, WorkoutSamples.at(NOW, "web"), NOW);
        // The server's old copy and the moved one merge to the move, in either order.
        assertEquals(moved, WorkoutMerge.merge(read, moved));
        assertEquals(moved, WorkoutMerge.merge(moved, read));
        assertEquals(3600, WorkoutMerge.merge(read, moved).durationSeconds());
    }

    @Test
    void aMoveSeenByASlowDeviceIsKeptAndItsLaterMoveWinsWhateverTheClocks() {
        Workout logged = finished();
        // fast's clock is an hour ahead, slow's an hour behind; both stamp with their own clocks.
        HybridClock fast = new HybridClock("fast", null);
        HybridClock slow = new HybridClock("slow", null);
        fast.observe(logged.latestStamp());
        slow.observe(logged.latestStamp());
        Workout onFast = SessionEdits.moveStart(logged, T0 - 2 * DAY, fast.next(NOW + HOUR), NOW);
        slow.observe(onFast.latestStamp());
        Workout onSlow = SetEdits.setWeight(onFast, "e0", "e0.s0", 65, slow.next(NOW - HOUR));
        Workout merged = WorkoutMerge.merge(onFast, onSlow);
        assertEquals(T0 - 2 * DAY, merged.startedAt());
        assertEquals(65, merged.exercise("e0").set("e0.s0").weightValue());
        Workout movedAgain = SessionEdits.moveStart(onSlow, T0 - 5 * DAY, slow.next(NOW - HOUR + 1000), NOW);
        Workout result = WorkoutMerge.merge(merged, movedAgain);
        assertEquals(T0 - 5 * DAY, result.startedAt());
        assertEquals(result, WorkoutMerge.merge(movedAgain, merged));
        assertEquals(3600, result.durationSeconds());
    }

    @Test
    void concurrentMovesResolveTheSameEverywhereAndKeepStartAndFinishTogether() {
        Workout logged = finished();
        Workout a = SessionEdits.moveStart(logged, T0 - DAY, WorkoutSamples.at(NOW + HOUR, "a"), NOW);
        Workout b = SessionEdits.moveStart(logged, T0 - 4 * DAY, WorkoutSamples.at(NOW - HOUR, "b"), NOW);
        Workout ab = WorkoutMerge.merge(a, b);
        assertEquals(ab, WorkoutMerge.merge(b, a));
        assertEquals(ab, WorkoutMerge.merge(ab, a));
        assertEquals(T0 - DAY, ab.startedAt());
        assertEquals(3600, ab.durationSeconds());
        assertTrue(WorkoutValidator.validate(ab, NOW).isEmpty());
    }

    @Test
    void aLateFinishThatNeverSawAMoveToALaterDateMergesIntoAValidWorkoutEndingAtItsStart() {
        Workout logged = finished();
        Workout moved = SessionEdits.moveStart(logged, T0 + 2 * DAY, WorkoutSamples.at(NOW, "web"), NOW);
        Workout live = SetEdits.completeSet(WorkoutSamples.started(WorkoutSamples.pushDay()), "e1", "e1.s0",
                WorkoutSamples.at(T0 + 1000, "phone"), T0 + 1000);
        Workout lateFinish = SessionEdits.finish(live, WorkoutSamples.at(NOW + 1000, "phone"), T0 + 2 * HOUR);
        Workout merged = WorkoutMerge.merge(moved, lateFinish);
        assertEquals(merged, WorkoutMerge.merge(lateFinish, moved));
        assertEquals(T0 + 2 * DAY, merged.startedAt());
        assertEquals(T0 + 2 * DAY, merged.finishedAtValue());
        assertEquals(0, merged.durationSeconds());
        assertTrue(WorkoutValidator.validate(merged, NOW).isEmpty(), WorkoutValidator.validate(merged, NOW)
                .toString());
        assertEquals(merged, WorkoutCodec.read(WorkoutCodec.write(merged), NOW), "and it reads back");
    }

    @Test
    void aDeltaCarriesTheMoveAndIsNotEmpty() {
        Workout logged = finished();
        Stamp watermark = logged.latestStamp();
        Workout moved = SessionEdits.moveStart(logged, T0 - DAY, WorkoutSamples.at(NOW, "b"), NOW);
        Workout delta = WorkoutDelta.since(moved, watermark);
        assertFalse(WorkoutDelta.isEmpty(delta, watermark));
        Workout overWire = WorkoutCodec.read(WorkoutCodec.write(delta), NOW);
        assertEquals(moved, WorkoutMerge.merge(logged, overWire));
        assertTrue(WorkoutDelta.isEmpty(WorkoutDelta.since(logged, watermark), watermark));
    }

    @Test
    void aRunningWorkoutOrOneThatWouldEndInTheFutureIsNotMoved() {
        Workout running = WorkoutSamples.started(WorkoutSamples.pushDay());
        ValidationException live = assertThrows(ValidationException.class,
                () -> SessionEdits.moveStart(running, T0 - DAY, WorkoutSamples.at(NOW, "b"), NOW));
        assertEquals("startedAt", live.first().field());
        ValidationException future = assertThrows(ValidationException.class,
                () -> SessionEdits.moveStart(finished(), NOW - 1000, WorkoutSamples.at(NOW, "b"), NOW));
        assertEquals("startedAt", future.first().field());
    }

    @Test
    void aStartStampedFarAheadIsRefusedNamingStartedAt() {
        Workout moved = SessionEdits.moveStart(finished(), T0 - DAY, WorkoutSamples.at(NOW + 2 * DAY, "b"),
                NOW + 3 * DAY);
        ValidationException refused = assertThrows(ValidationException.class,
                () -> WorkoutCodec.read(WorkoutCodec.write(moved), NOW));
        assertEquals("startedAt", refused.first().field());
    }
}
