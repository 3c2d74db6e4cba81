package app.spotter.client.player;

import app.spotter.client.api.ServerClock;
import app.spotter.client.api.ServerTimeHttp;
import app.spotter.client.platform.Device;
import app.spotter.client.platform.MemoryStorage;
import app.spotter.client.platform.Platform;
import app.spotter.client.platform.Router;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.SetType;
import app.spotter.workout.Stamp;
import app.spotter.workout.Targets;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateExercise;
import app.spotter.workout.TemplateSet;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** One device on session model 2 for a test: memory storage, fake time, the in-memory model-2 server. */
final class WorkoutDevice {
    final MemoryStorage storage = new MemoryStorage();
    final StorageKeys keys = StorageKeys.forUser("u-1");
    final FakeTime time;
    final FakeWorkoutServer server;
    final List<String> visited = new ArrayList<>();
    final List<Integer> vibrations = new ArrayList<>();
    /** Buzz patterns, each as "times x millis / pause". */
    final List<String> buzzPatterns = new ArrayList<>();
    final FakeGymFloor gym = new FakeGymFloor();
    final ServerClock serverClock;
    final Platform platform;
    private int nextId = 1;

    WorkoutDevice() {
        this(new FakeTime(), null);
    }

    /** A second device of the same user shares the server and the time. */
    WorkoutDevice(FakeTime time, FakeWorkoutServer shared) {
        this.time = time;
        server = shared == null ? new FakeWorkoutServer(time) : shared;
        Router router = new Router() {
            @Override
            public String currentPath() {
                return visited.isEmpty() ? "/" : visited.get(visited.size() - 1);
            }

            @Override
            public void go(String path) {
                visited.add(path);
            }

            @Override
            public void onChange(Consumer<String> listener) {
            }
        };
        Device device = new Device() {
            @Override
            public void vibrate(int millis) {
                vibrations.add(millis);
            }

            @Override
            public void vibrateRepeated(int millis, int pauseMillis, int times) {
                buzzPatterns.add(times + " x " + millis + " / " + pauseMillis);
            }

            @Override
            public boolean online() {
                return !server.down;
            }
        };
        serverClock = new ServerClock(time, storage);
        platform = new Platform(storage, new ServerTimeHttp(server, serverClock), time, time, router,
                () -> "session-" + (nextId++), device, serverClock);
    }

    /** A player on this device, mounted on a screen that draws nothing. */
    WorkoutPlayer mountPlayer() {
        WorkoutPlayer player = new WorkoutPlayer(platform, keys, gym.floor(), OutboxRetry.of(platform, keys));
        player.mount(new WorkoutPlayer.Screen() {
            @Override
            public void redraw() {
            }

            @Override
            public void refresh() {
            }
        });
        return player;
    }

    /** Completes a set by its visible place, as a tap on its Done button does. */
    static void complete(WorkoutPlayer player, int e, int s) {
        WorkoutExercise exercise = player.state().workout().visibleExercises().get(e);
        player.edits().completeSet(exercise.id(), exercise.visibleSets().get(s).id());
    }

    WorkoutStore store() {
        return new WorkoutStore(storage, keys, time);
    }

    WorkoutOutbox outbox() {
        return new WorkoutOutbox(storage, keys, time);
    }

    /** Bench press 2 sets (8 x 60, 8 x 62.5) with 90 s rest, then Overhead press 1 x 10 x 40 with 60 s rest. */
    static Template pushDay() {
        return new Template("t-push", "Push day", "", List.of(
                lift("Bench press", 90, new Targets(8, 60, 0, 0), new Targets(8, 62.5, 0, 0)),
                lift("Overhead press", 60, new Targets(10, 40, 0, 0))));
    }

    /** Squat 2 x 5 x 100 with 120 s rest. */
    static Template legDay() {
        return new Template("t-legs", "Leg day", "", List.of(
                lift("Squat", 120, new Targets(5, 100, 0, 0), new Targets(5, 100, 0, 0))));
    }

    private static TemplateExercise lift(String name, int rest, Targets... sets) {
        List<TemplateSet> planned = new ArrayList<>();
        for (Targets targets : sets) {
            planned.add(new TemplateSet(SetType.NORMAL, targets));
        }
        return new TemplateExercise(name, ExerciseKind.WEIGHT_REPS, rest, "", "", planned);
    }

    /** Push day started on another device at {@code startedAt} (server time). */
    static Workout pushStarted(String sessionId, long startedAt) {
        return SessionEdits.start(pushDay(), sessionId, new Stamp(startedAt, 0, "laptop"), startedAt);
    }

    /** The workout with the first set of its first exercise done, then finished at {@code finishedAt}. */
    static Workout finished(Workout workout, long finishedAt) {
        WorkoutExercise first = workout.visibleExercises().get(0);
        Workout done = SetEdits.completeSet(workout, first.id(), first.visibleSets().get(0).id(),
                new Stamp(finishedAt - 1000, 0, "laptop"), finishedAt - 1000);
        return SessionEdits.finish(done, new Stamp(finishedAt, 0, "laptop"), finishedAt);
    }
}
