package app.spotter.bench;

import app.spotter.Samples;
import app.spotter.json.SessionCodec;
import app.spotter.session.WorkoutSession;
import app.spotter.workout.SchemaOneUpgrade;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutMerge;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH: the shared model's hot paths on a huge session (40 exercises x 10 sets), run by scripts/bench. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SharedModelBench {
    private WorkoutSession phone;
    private WorkoutSession laptop;
    private String json;
    private Workout phoneV2;
    private Workout laptopV2;

    @Setup
    public void setUp() {
        WorkoutSession base = WorkoutSession.start(Samples.sized(40, 10), "bench", 1_700_000_000_000L);
        phone = base;
        laptop = base;
        for (int e = 0; e < 40; e += 2) {
            phone = phone.completeSet(e, 0, 1_700_000_000_000L + e);
            laptop = laptop.completeSet(e + 1, 1, 1_700_000_000_500L + e);
        }
        json = SessionCodec.write(phone);
        phoneV2 = SchemaOneUpgrade.session(phone);
        laptopV2 = SchemaOneUpgrade.session(laptop);
    }

    /** Baseline: writing the same document, so the round trip reads as a ratio to serializing alone. */
    @Benchmark
    public String codecWriteOnly() {
        return SessionCodec.write(phone);
    }

    @Benchmark
    public WorkoutSession codecRoundTrip() {
        return SessionCodec.read(SessionCodec.write(phone));
    }

    @Benchmark
    public WorkoutSession codecRead() {
        return SessionCodec.read(json);
    }

    /** The one merge rule (session model 2) on the same two devices' copies. */
    @Benchmark
    public Workout workoutMerge() {
        return WorkoutMerge.merge(phoneV2, laptopV2);
    }
}
