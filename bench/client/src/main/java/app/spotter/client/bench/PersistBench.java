package app.spotter.client.bench;

import app.spotter.client.platform.BrowserClock;
import app.spotter.client.platform.BrowserStorage;
import app.spotter.client.platform.KeyValueStore;
import app.spotter.client.player.StorageKeys;
import app.spotter.client.player.WorkoutStore;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.teavm.jso.JSBody;

/**
 * scripts/bench's measurement of what the player pays per state change, compiled by TeaVM into its own file (never
 * part of the app's bundle): the player's own save (serialize + localStorage write) against a bare setItem of the
 * same string, on a normal (8 x 4) and a huge (40 x 10) workout of session model 2. Results go to {@code window.benchResult}.
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
        List<TemplateExercise> plans = new ArrayList<>();
        for (int e = 0; e < exercises; e++) {
            List<TemplateSet> targets = new ArrayList<>();
            for (int s = 0; s < sets; s++) {
                targets.add(new TemplateSet(SetType.NORMAL, new Targets(8, 60 + s * 2.5, 0, 0)));
            }
            plans.add(new TemplateExercise("Exercise " + e, ExerciseKind.WEIGHT_REPS, 90, "", "", targets));
        }
        long t0 = 1_700_000_000_000L;
        Workout session = SessionEdits.start(new Template("t", "Bench", "", plans), "bench-" + label,
                new Stamp(t0, 0, "bench"), t0);
        for (int e = 0; e < exercises; e += 2) {
            session = SetEdits.completeSet(session, "e" + e, "e" + e + ".s0", new Stamp(t0 + e + 1, 0, "bench"), t0);
        }
        BrowserStorage browser = new BrowserStorage();
        String[] lastKey = new String[1];
        KeyValueStore capturing = new KeyValueStore() {
            @Override
            public String get(String key) {
                return browser.get(key);
            }

            @Override
            public void put(String key, String value) {
                lastKey[0] = key;
                browser.put(key, value);
            }

            @Override
            public void putJoined(String key, List<String> parts) {
                lastKey[0] = key;
                browser.putJoined(key, parts);
            }

            @Override
            public void remove(String key) {
                browser.remove(key);
            }
        };
        WorkoutStore store = new WorkoutStore(capturing, StorageKeys.forUser("bench"), new BrowserClock());
        // Changed workouts made beforehand: only the save itself is timed.
        Workout[] variants = new Workout[VARIANTS];
        for (int v = 0; v < VARIANTS; v++) {
            int e = v % exercises;
            variants[v] = SetEdits.setReps(session, "e" + e, "e" + e + ".s0", 5 + v,
                    new Stamp(t0 + 100_000 + v, 0, "bench"));
        }
        double[] save = new double[RUNS];
        for (int i = -WARMUP; i < RUNS; i++) {
            double start = now();
            for (int j = 0; j < BATCH; j++) {
                store.save(variants[(i + WARMUP + j) % VARIANTS], null, 0);
            }
            double took = (now() - start) / BATCH;
            if (i >= 0) {
                save[i] = took;
            }
        }
        String value = browser.get(lastKey[0]);
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
