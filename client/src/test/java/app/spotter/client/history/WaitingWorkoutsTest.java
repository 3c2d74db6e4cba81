package app.spotter.client.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.client.platform.MemoryStorage;
import app.spotter.client.player.StorageKeys;
import app.spotter.json.SessionCodec;
import app.spotter.session.WorkoutSession;
import app.spotter.templates.ExercisePlan;
import app.spotter.templates.SetTarget;
import app.spotter.templates.WorkoutTemplate;
import app.spotter.workout.ExerciseEdits;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.Stamp;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitingWorkoutsTest {
    private static final StorageKeys KEYS = StorageKeys.forUser("u1");

    private static Workout plank(String id, long start) {
        Workout w = SessionEdits.startEmpty(id, "Core", new Stamp(start, 0, "d"), start);
        w = ExerciseEdits.addExercise(w, "x", "Plank", ExerciseKind.DURATION, 60, new Stamp(start + 1, 0, "d"));
        w = SetEdits.addSet(w, "x", "x.s0", new Stamp(start + 2, 0, "d"));
        w = SetEdits.setDuration(w, "x", "x.s0", 60, new Stamp(start + 3, 0, "d"));
        w = SetEdits.completeSet(w, "x", "x.s0", new Stamp(start + 4, 0, "d"), start + 4);
        return SessionEdits.finish(w, new Stamp(start + 5, 0, "d"), start + 600_000);
    }

    @Test
    void theOutboxOfSchemaTwoAndOfSchemaOneBothShowAsWaiting() {
        MemoryStorage storage = new MemoryStorage();
        storage.put(KEYS.outbox(), WorkoutCodec.writeList(List.of(plank("a", 1_000_000), plank("b", 5_000_000))));
        List<HistoryEntry> waiting = WaitingWorkouts.of(storage, KEYS);
        assertEquals(List.of("a", "b"), waiting.stream().map(HistoryEntry::id).toList());
        assertEquals("Core", waiting.get(0).line().name());
        assertEquals(600, waiting.get(0).line().durationSeconds());
        assertEquals(HistoryEntry.Waiting.WORKOUT, waiting.get(0).waiting());

        WorkoutSession old = WorkoutSession.start(new WorkoutTemplate("t", "Legs", List.of(new ExercisePlan("Squat",
                90, List.of(new SetTarget(5, 100))))), "v1", 1_000).completeSet(0, 0, 2_000).finish(60_000);
        storage.put(KEYS.outbox(), SessionCodec.writeList(List.of(old)));
        assertEquals(List.of("Legs"), WaitingWorkouts.of(storage, KEYS).stream().map(e -> e.line().name()).toList());
    }

    @Test
    void anUnreadableOutboxShowsNothingWaitingAndIsLeftAsItIs() {
        MemoryStorage storage = new MemoryStorage();
        storage.put(KEYS.outbox(), "not json");
        assertTrue(WaitingWorkouts.of(storage, KEYS).isEmpty());
        assertEquals("not json", storage.get(KEYS.outbox()));
    }
}
