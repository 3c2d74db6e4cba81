package app.spotter.client.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.client.api.ServerClock;
import app.spotter.client.platform.HttpClient;
import app.spotter.client.platform.HttpResponse;
import app.spotter.client.platform.MemoryStorage;
import app.spotter.client.platform.Platform;
import app.spotter.client.platform.Scheduler;
import app.spotter.client.player.LoggedWorkoutSaver;
import app.spotter.client.player.OutboxRetry;
import app.spotter.client.player.StampSource;
import app.spotter.client.player.StorageKeys;
import app.spotter.history.WeightUnit;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.Stamp;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import app.spotter.workout.WorkoutMerge;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A logged workout's edit mode on the JVM: the player's parser and limits, the outbox first, then the server. */
class WorkoutEditorTest {
    private static final long T0 = 1_764_620_000_000L;
    private static final long NOW = T0 + 10 * 86_400_000L;

    private final MemoryStorage storage = new MemoryStorage();
    private final StorageKeys keys = StorageKeys.forUser("u-1");
    private final List<String> sent = new ArrayList<>();
    private final List<Runnable> answers = new ArrayList<>();
    private Workout stored = logged();
    private final List<Runnable> timers = new ArrayList<>();
    private final Scheduler scheduler = new Scheduler() {
        @Override
        public Cancellable every(int millis, Runnable task) {
            throw new AssertionError("no repeating timer here");
        }

        @Override
        public Cancellable after(int millis, Runnable task) {
            timers.add(task);
            return () -> timers.remove(task);
        }
    };
    private boolean down;
    private int ids;

    /** Bench press (e0) 8 x 60 and 8 x 62.5 done, overhead press not; an hour long. */
    private static Workout logged() {
        Workout w = SessionEdits.start(app.spotter.workout.TemplateCodecV2.read("{\"schema\":2,\"id\":\"t1\","
                + "\"name\":\"Push\",\"note\":\"\",\"exercises\":[{\"name\":\"Bench press\",\"kind\":\"weight_reps\","
                + "\"restSeconds\":90,\"note\":\"\",\"supersetGroup\":\"\",\"sets\":[{\"type\":\"normal\",\"targets\":"
                + "{\"reps\":8,\"weight\":60}},{\"type\":\"normal\",\"targets\":{\"reps\":8,\"weight\":62.5}}]}]}"),
                "s1", new Stamp(T0, 0, "a"), T0);
        w = SetEdits.markDone(w, "e0", "e0.s0", new Stamp(T0 + 1, 0, "a"));
        w = SetEdits.markDone(w, "e0", "e0.s1", new Stamp(T0 + 2, 0, "a"));
        return SessionEdits.finish(w, new Stamp(T0 + 3_600_000, 0, "a"), T0 + 3_600_000);
    }

    private final HttpClient server = (method, path, body, callback) -> {
        sent.add(method + " " + path);
        answers.add(() -> {
            if (down) {
                callback.done(new HttpResponse(HttpResponse.UNREACHABLE, ""));
                return;
            }
            stored = WorkoutMerge.merge(stored, WorkoutCodec.read(body));
            callback.done(new HttpResponse(200, WorkoutCodec.write(stored)));
        });
    };

    private Platform platform() {
        ServerClock clock = new ServerClock(() -> NOW, storage);
        return new Platform(storage, server, () -> NOW, scheduler, null, () -> "id" + (++ids), null, clock);
    }

    private WorkoutEditor editor(WeightUnit unit, int utcOffsetMinutes) {
        Platform platform = platform();
        return new WorkoutEditor(stored, LoggedWorkoutSaver.of(platform, keys, OutboxRetry.of(platform, keys)),
                StampSource.ofDevice(platform),
                () -> "web-" + (++ids), () -> NOW, unit, new StartTime(at -> utcOffsetMinutes));
    }

    private void answer() {
        List<Runnable> now = new ArrayList<>(answers);
        answers.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void aTypedValueThatIsNotANumberOrOverTheLimitIsShownAndNothingIsSent() {
        WorkoutEditor editor = editor(WeightUnit.KG, 0);
        String weight = WorkoutEditor.key("e0", "e0.s1", "weight");
        editor.editField("e0", "e0.s1", "weight", "heavy");
        assertEquals("Enter a number", editor.error(weight));
        assertEquals("heavy", editor.typed(weight));
        editor.editField("e0", "e0.s0", "reps", "7.5");
        assertEquals("Enter a whole number, not 7.5", editor.error(WorkoutEditor.key("e0", "e0.s0", "reps")));
        editor.save(result -> {
            throw new AssertionError("nothing is saved while a field is refused");
        });
        assertTrue(sent.isEmpty());
        assertNull(storage.get(keys.outbox()));
        assertTrue(editor.problem().startsWith("Fix the fields"));

        editor.editField("e0", "e0.s1", "weight", "2500");
        assertEquals("Weight must be between 0 and 2000 kg", editor.error(weight));
        editor.editField("e0", "e0.s1", "weight", "65,5");
        assertNull(editor.error(weight));
        assertEquals(65.5, editor.workout().exercise("e0").set("e0.s1").weightValue());
    }

    @Test
    void saveKeepsTheEditOnTheDeviceBeforeSendingAndSaysSavedOnlyWhenTheServerHasIt() {
        WorkoutEditor editor = editor(WeightUnit.KG, 0);
        editor.editField("e0", "e0.s1", "weight", "70");
        editor.editField("e0", "e0.s0", "reps", "7");
        editor.addSet("e0");
        List<LoggedWorkoutSaver.Result> results = new ArrayList<>();
        editor.save(results::add);
        assertEquals(List.of("POST /api/workouts"), sent);
        assertNotNull(storage.get(keys.outbox()), "in the outbox before the server answers");
        assertTrue(results.isEmpty());
        answer();
        assertEquals(LoggedWorkoutSaver.Outcome.SAVED, results.get(0).outcome());
        assertNull(storage.get(keys.outbox()), "acknowledged: the outbox is empty");
        assertEquals(70, stored.exercise("e0").set("e0.s1").weightValue());
        assertEquals(7, stored.exercise("e0").set("e0.s0").repsValue());
        assertEquals(3, stored.setsDone(), "the added set counts as done");
    }

    @Test
    void offlineTheEditStaysInTheOutboxForTheRetry() {
        WorkoutEditor editor = editor(WeightUnit.KG, 0);
        editor.editField("e0", "e0.s1", "weight", "70");
        down = true;
        List<LoggedWorkoutSaver.Result> results = new ArrayList<>();
        editor.save(results::add);
        answer();
        assertEquals(LoggedWorkoutSaver.Outcome.KEPT, results.get(0).outcome());
        Workout waiting = WorkoutCodec.readList(storage.get(keys.outbox())).get(0);
        assertEquals(70, waiting.exercise("e0").set("e0.s1").weightValue());

        // The app's outbox retry (at the next load or when the browser is back online) sends it like a finish.
        down = false;
        OutboxRetry.start(platform(), keys, online -> { });
        answer();
        assertEquals(70, stored.exercise("e0").set("e0.s1").weightValue());
        assertNull(storage.get(keys.outbox()));
    }

    @Test
    void anEditTheServerDidNotTakeIsSentAgainOnTheOutboxScheduleWithoutAReload() {
        WorkoutEditor editor = editor(WeightUnit.KG, 0);
        editor.editField("e0", "e0.s1", "weight", "70");
        down = true;
        editor.save(result -> { });
        answer();
        assertEquals(1, timers.size(), "the failed send is tried again later");

        down = false;
        new ArrayList<>(timers).forEach(Runnable::run);
        answer();

        assertEquals(List.of("POST /api/workouts", "POST /api/workouts"), sent);
        assertEquals(70, stored.exercise("e0").set("e0.s1").weightValue());
        assertNull(storage.get(keys.outbox()));
        assertTrue(timers.isEmpty(), "nothing more once the server has it");
    }

    @Test
    void aWeightTypedInPoundsIsStoredInKilograms() {
        WorkoutEditor editor = editor(WeightUnit.LB, 0);
        editor.editField("e0", "e0.s1", "weight", "135");
        assertEquals(61.235, editor.workout().exercise("e0").set("e0.s1").weightValue(), 1e-9);
        editor.editField("e0", "e0.s1", "weight", "5000");
        assertEquals("Weight must be between 0 and 4409 lb",
                editor.error(WorkoutEditor.key("e0", "e0.s1", "weight")));
    }

    @Test
    void theDateAndStartTimeAreOnTheUsersCalendarAndTheDurationStays() {
        WorkoutEditor editor = editor(WeightUnit.KG, 60);
        editor.moveTo("2025-11-28", "07:30");
        assertNull(editor.error(WorkoutEditor.WHEN));
        Workout moved = editor.workout();
        assertEquals(1_764_311_400_000L, moved.startedAt(), "07:30 at UTC+1 is 06:30 UTC");
        assertEquals(3600, moved.durationSeconds());
        editor.moveTo("2025-02-30", "07:30");
        assertEquals("There is no such date: 2025-02-30", editor.error(WorkoutEditor.WHEN));
        editor.moveTo("2025-11-28", "7.30");
        assertEquals("Enter the start time as HH:MM, not 7.30", editor.error(WorkoutEditor.WHEN));
        editor.moveTo("2099-01-01", "07:30");
        assertTrue(editor.error(WorkoutEditor.WHEN).startsWith("The workout would end in the future"));
        assertEquals(moved, editor.workout(), "a refused date changes nothing");
    }
}
