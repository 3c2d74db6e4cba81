package app.spotter.client.bench;

import app.spotter.client.platform.BrowserClock;
import app.spotter.client.platform.BrowserStorage;
import app.spotter.client.platform.KeyValueStore;
import app.spotter.client.player.LocalSessionStore;
import app.spotter.client.player.StorageKeys;
import app.spotter.session.WorkoutSession;
import app.spotter.templates.ExercisePlan;
import app.spotter.templates.SetTarget;
import app.spotter.templates.WorkoutTemplate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.teavm.jso.JSBody;

/**
 * scripts/bench's measurement of what the player pays per state change, compiled by TeaVM into its own file (never
 * part of the app's bundle): the player's own save (serialize + localStorage write) against a bare setItem of the
 * same string, on a normal (8 x 4) and a huge (40 x 10) session. Results go to {@code window.benchResult}.
 */
public final class PersistBench {
    private static final int WARMUP = 20;
    private static final int RUNS = 60;
    /** Operations per timed sample: performance.now() is coarse (0.1 ms in Chromium), so time ten at once. */
    private static final int BATCH = 10;
    private static final int VARIANTS = 16;

    private PersistBench() {
    }

    public static void main(String[] args) {
        StringBuilder json = new StringBuilder("{");
        json.append(measure("normal", 8, 4)).append(',').append(measure("huge", 40, 10)).append('}');
        publish(json.toString());
    }

    private static String measure(String label, int exercises, int sets) {
        List<ExercisePlan> plans = new ArrayList<>();
        for (int e = 0; e < exercises; e++) {
            List<SetTarget> targets = new ArrayList<>();
            for (int s = 0; s < sets; s++) {
                targets.add(new SetTarget(8, 60 + s * 2.5));
            }
            plans.add(new ExercisePlan("Exercise " + e, 90, targets));
        }
        WorkoutSession session = WorkoutSession.start(new WorkoutTemplate("t", "Bench", plans), "bench-" + label,
                1_700_000_000_000L);
        for (int e = 0; e < exercises; e += 2) {
            session = session.completeSet(e, 0, 1_700_000_000_000L + e);
        }
        BrowserStorage browser = new BrowserStorage();
        String[] last = new String[1];
        KeyValueStore capturing = new KeyValueStore() {
            @Override
            public String get(String key) {
                return browser.get(key);
            }

            @Override
            public void put(String key, String value) {
                last[0] = value;
                browser.put(key, value);
            }

            @Override
            public void remove(String key) {
                browser.remove(key);
            }
        };
        LocalSessionStore store = new LocalSessionStore(capturing, StorageKeys.forUser("bench"), new BrowserClock());
        // Changed sessions made beforehand: only the save itself is timed.
        WorkoutSession[] variants = new WorkoutSession[VARIANTS];
        for (int v = 0; v < VARIANTS; v++) {
            variants[v] = session.editSet(v % exercises, 0, 5 + v, 60 + v, 1_700_000_100_000L + v);
        }
        double[] save = new double[RUNS];
        for (int i = -WARMUP; i < RUNS; i++) {
            double start = now();
            for (int j = 0; j < BATCH; j++) {
                store.save(variants[(i + WARMUP + j) % VARIANTS]);
            }
            double took = (now() - start) / BATCH;
            if (i >= 0) {
                save[i] = took;
            }
        }
        String value = last[0];
        // Two strings in turn: writing the value a key already holds may be skipped by the browser.
        String other = value + " ";
        double[] bare = new double[RUNS];
        for (int i = -WARMUP; i < RUNS; i++) {
            double start = now();
            for (int j = 0; j < BATCH; j++) {
                setItem("spotter.bench.bare", (j & 1) == 0 ? value : other);
            }
            double took = (now() - start) / BATCH;
            if (i >= 0) {
                bare[i] = took;
            }
        }
        return "\"" + label + "\":{\"bytes\":" + value.length() + ",\"saveMedianMs\":" + median(save)
                + ",\"bareSetItemMedianMs\":" + median(bare) + "}";
    }

    private static double median(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }

    @JSBody(script = "return performance.now();")
    private static native double now();

    @JSBody(params = {"key", "value"}, script = "localStorage.setItem(key, value);")
    private static native void setItem(String key, String value);

    @JSBody(params = "json", script = "window.benchResult = json;")
    private static native void publish(String json);
}
