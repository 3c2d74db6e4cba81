package app.spotter.client.player;

import app.spotter.client.api.ServerClock;
import app.spotter.client.api.ServerTimeHttp;
import app.spotter.client.platform.Device;
import app.spotter.client.platform.MemoryStorage;
import app.spotter.client.platform.Platform;
import app.spotter.client.platform.Router;
import app.spotter.workout.SchemaOneUpgrade;
import app.spotter.workout.Template;
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

    WorkoutStore store() {
        return new WorkoutStore(storage, keys, time);
    }

    WorkoutOutbox outbox() {
        return new WorkoutOutbox(storage, keys, time);
    }

    static Template pushDay() {
        return SchemaOneUpgrade.template(Fakes.pushDay());
    }

    static Template legDay() {
        return SchemaOneUpgrade.template(Fakes.legDay());
    }
}
