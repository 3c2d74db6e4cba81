package app.spotter.client.active;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.spotter.client.platform.MemoryStorage;
import app.spotter.client.player.StorageKeys;
import app.spotter.json.SessionCodec;
import app.spotter.session.WorkoutSession;
import app.spotter.workout.SchemaOneUpgrade;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.Stamp;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import app.spotter.templates.ExercisePlan;
import app.spotter.templates.SetTarget;
import app.spotter.templates.WorkoutTemplate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActiveWorkoutReaderTest {
    private static final long START = 1_700_000_000_000L;
    private final MemoryStorage storage = new MemoryStorage();
    private final StorageKeys keys = StorageKeys.forUser("u1");
    private final ActiveWorkoutReader reader = new ActiveWorkoutReader(storage, keys);

    private static WorkoutTemplate push() {
        return new WorkoutTemplate("t1", "Push day",
                List.of(new ExercisePlan("Bench press", 120, List.of(new SetTarget(8, 60)))));
    }

    @Test
    void readsTheModelTwoWorkoutThePlayerSavedUnderItsOwnKey() {
        Workout workout = SessionEdits.start(SchemaOneUpgrade.template(push()), "s1", new Stamp(START, 0, "dev"),
                START);
        storage.put(ActiveWorkoutReader.keyOf(keys), "{\"schema\":2,\"workout\":" + WorkoutCodec.write(workout)
                + ",\"watermark\":null,\"baseRevision\":0}");
        assertEquals(new ActiveWorkout("Push day", START), reader.read());
    }

    @Test
    void readsASchemaOneValueThePlayerHasNotUpgradedYet() {
        storage.put(ActiveWorkoutReader.keyOf(keys), "{\"sessionData\":"
                + SessionCodec.write(WorkoutSession.start(push(), "s1", START)) + "}");
        assertEquals(new ActiveWorkout("Push day", START), reader.read());
    }

    @Test
    void readsASchemaTwoValueWithNameAndStartedAt() {
        storage.put(ActiveWorkoutReader.keyOf(keys), "{\"schema\":2,\"name\":\"Leg day\",\"startedAt\":" + START
                + ",\"items\":[]}");
        assertEquals(new ActiveWorkout("Leg day", START), reader.read());
        storage.put(ActiveWorkoutReader.keyOf(keys), "{\"sessionData\":{\"schema\":2,\"name\":\"Pull\",\"startedAt\":"
                + START + "}}");
        assertEquals(new ActiveWorkout("Pull", START), reader.read());
    }

    @Test
    void nothingSavedDamagedFinishedOrAnotherUsersMeansNoBanner() {
        assertNull(reader.read());
        storage.put(ActiveWorkoutReader.keyOf(keys), "{not json");
        assertNull(reader.read());
        storage.put(ActiveWorkoutReader.keyOf(keys), "{\"sessionData\":{\"name\":\"Push\",\"startedAt\":" + START
                + ",\"finishedAt\":" + (START + 1) + "}}");
        assertNull(reader.read());
        storage.put(ActiveWorkoutReader.keyOf(keys), "{\"sessionData\":{\"name\":\"\",\"startedAt\":" + START + "}}");
        assertNull(reader.read());
        storage.values.clear();
        storage.put(ActiveWorkoutReader.keyOf(StorageKeys.forUser("u2")), "{\"name\":\"Push\",\"startedAt\":1}");
        assertNull(reader.read());
    }

    @Test
    void readingLeavesAnUnreadableValueWhereItIs() {
        storage.put(ActiveWorkoutReader.keyOf(keys), "{not json");
        reader.read();
        assertEquals(1, storage.values.size());
        assertEquals("{not json", storage.get(ActiveWorkoutReader.keyOf(keys)));
    }

    @Test
    void bannerSaysTheNameAndTheTimeSinceTheStartAsMinutesAndSeconds() {
        assertEquals("Workout in progress: Push day, 23:14.",
                ActiveWorkoutBanner.text(new ActiveWorkout("Push day", START), START + (23 * 60 + 14) * 1000L));
        assertEquals("Workout in progress: Push day, 75:00.",
                ActiveWorkoutBanner.text(new ActiveWorkout("Push day", START), START + 75 * 60_000L));
    }
}
