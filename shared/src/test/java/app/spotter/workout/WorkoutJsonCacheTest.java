package app.spotter.workout;

import static app.spotter.workout.WorkoutSamples.T0;
import static app.spotter.workout.WorkoutSamples.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The save path's writer: always the codec's bytes; after an edit only the changed exercise and set are written. */
class WorkoutJsonCacheTest {
    private final WorkoutJsonCache cache = new WorkoutJsonCache();

    @Test
    void everyDocumentOfARandomSessionIsWrittenExactlyAsTheCodecWritesIt() {
        long seed = Long.getLong("spotter.seed", System.nanoTime());
        Random r = new Random(seed);
        for (int c = 0; c < 200; c++) {
            Stamp created = new Stamp(T0 + c, 0, "c0");
            Workout start = r.nextInt(4) == 0 ? SessionEdits.startEmpty("s" + c, "Empty", created, T0)
                    : SessionEdits.start(WorkoutSamples.sized(1 + r.nextInt(4), 1 + r.nextInt(3)), "s" + c, created,
                    T0);
            RandomPlayer a = new RandomPlayer("a", 0, start, new CompletionLog());
            RandomPlayer b = new RandomPlayer("b", 5_000, start, new CompletionLog());
            long now = T0;
            for (int step = 0; step < 40; step++) {
                now += r.nextInt(20_000);
                RandomPlayer p = r.nextBoolean() ? a : b;
                if (r.nextInt(5) == 0) {
                    p.receive(p == a ? b.doc : a.doc);
                } else {
                    p.act(r, now);
                }
                Workout written = r.nextInt(6) == 0 ? WorkoutDelta.since(p.doc, p.doc.created()) : p.doc;
                assertEquals(WorkoutCodec.write(written), cache.write(written),
                        "seed " + seed + ", case " + c + ", step " + step + " (replay: -Dspotter.seed=" + seed + ")");
            }
        }
    }

    @Test
    void anEditWritesOnlyTheExerciseItChanged() {
        Workout workout = WorkoutSamples.started(WorkoutSamples.sized(8, 4));
        cache.write(workout);
        assertEquals(8, cache.rewrittenLastTime());

        Workout edited = SetEdits.setReps(workout, "e3", "e3.s1", 12, at(T0 + 1000, "a"));
        String json = cache.write(edited);

        assertEquals(1, cache.rewrittenLastTime());
        assertEquals(1, cache.setsRewrittenLastTime(), "of the changed exercise, only the changed set");
        assertEquals(0, cache.headersRewrittenLastTime(), "a set's reps change neither the document's header nor"
                + " its exercise's");
        assertEquals(WorkoutCodec.write(edited), json);
        cache.write(edited);
        assertEquals(0, cache.rewrittenLastTime(), "saving the same workout again writes no exercise");
    }

    @Test
    void anotherWorkoutWithTheSameExerciseIdsIsWrittenAfresh() {
        Workout first = WorkoutSamples.started(WorkoutSamples.sized(3, 2));
        cache.write(first);
        Workout second = SessionEdits.start(WorkoutSamples.sized(3, 2), "s2", at(T0 + 60_000, "b"), T0 + 60_000);

        assertEquals(WorkoutCodec.write(second), cache.write(second));
        assertEquals(3, cache.rewrittenLastTime());
    }
}
