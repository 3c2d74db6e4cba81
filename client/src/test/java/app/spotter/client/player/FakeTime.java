package app.spotter.client.player;

import app.spotter.client.platform.Clock;
import app.spotter.client.platform.Scheduler;
import java.util.ArrayList;
import java.util.List;

/** A clock and timers that move only when the test advances them; due tasks run in time order. */
final class FakeTime implements Clock, Scheduler {
    static final long T0 = 1_700_000_000_000L;
    private long now = T0;
    private final List<Task> tasks = new ArrayList<>();

    private static final class Task implements Cancellable {
        long dueAt;
        final int period;
        final Runnable action;
        boolean cancelled;

        Task(long dueAt, int period, Runnable action) {
            this.dueAt = dueAt;
            this.period = period;
            this.action = action;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    @Override
    public long now() {
        return now;
    }

    @Override
    public Cancellable every(int millis, Runnable task) {
        Task t = new Task(now + millis, millis, task);
        tasks.add(t);
        return t;
    }

    @Override
    public Cancellable after(int millis, Runnable task) {
        Task t = new Task(now + millis, 0, task);
        tasks.add(t);
        return t;
    }

    /** Moves time forward, running every timer that falls due on the way at its own time. */
    void advance(long millis) {
        long end = now + millis;
        while (true) {
            Task next = null;
            for (Task t : tasks) {
                if (!t.cancelled && t.dueAt <= end && (next == null || t.dueAt < next.dueAt)) {
                    next = t;
                }
            }
            if (next == null) {
                break;
            }
            now = next.dueAt;
            if (next.period > 0) {
                next.dueAt += next.period;
            } else {
                next.cancelled = true;
            }
            next.action.run();
        }
        now = end;
        tasks.removeIf(t -> t.cancelled);
    }

    int activeTimers() {
        int n = 0;
        for (Task t : tasks) {
            n += t.cancelled ? 0 : 1;
        }
        return n;
    }
}
