package app.spotter.client.player;

import app.spotter.client.api.ServerClock;
import app.spotter.client.api.ServerTimeHttp;
import app.spotter.client.platform.MemoryStorage;
import app.spotter.client.platform.Device;
import app.spotter.client.platform.IdSource;
import app.spotter.client.platform.Platform;
import app.spotter.client.platform.Router;
import app.spotter.templates.ExercisePlan;
import app.spotter.templates.SetTarget;
import app.spotter.templates.WorkoutTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** One device for a test: memory storage, fake time, a fake server, and a router and vibrator that record. */
final class Fakes {
    final MemoryStorage storage = new MemoryStorage();
    final StorageKeys keys = StorageKeys.forUser("u-1");
    final FakeTime time = new FakeTime();
    final FakeServer server;
    final List<String> visited = new ArrayList<>();
    final List<Integer> vibrations = new ArrayList<>();
    private int nextId = 1;
    final Platform platform;
    final ServerClock serverClock;

    Fakes() {
        this(null);
    }

    /** A second device of the same user shares the server (its own storage and clock setting). */
    Fakes(FakeServer shared) {
        server = shared == null ? new FakeServer(time) : shared;
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
            public boolean online() {
                return !server.down;
            }
        };
        IdSource ids = () -> "session-" + (nextId++);
        serverClock = new ServerClock(time, storage);
        platform = new Platform(storage, new ServerTimeHttp(server, serverClock), time, time, router, ids, device,
                serverClock);
    }

    static WorkoutTemplate pushDay() {
        return new WorkoutTemplate("t-push", "Push day", List.of(
                new ExercisePlan("Bench press", 90, List.of(new SetTarget(8, 60.0), new SetTarget(8, 62.5))),
                new ExercisePlan("Overhead press", 60, List.of(new SetTarget(10, 40.0)))));
    }

    static WorkoutTemplate legDay() {
        return new WorkoutTemplate("t-legs", "Leg day", List.of(
                new ExercisePlan("Squat", 120, List.of(new SetTarget(5, 100.0), new SetTarget(5, 100.0)))));
    }
}
