package app.spotter.bench;

import app.spotter.catalog.ExerciseCatalog;
import app.spotter.history.WeightUnit;
import app.spotter.imports.ImportPlan;
import app.spotter.imports.ImportedWorkouts;
import app.spotter.imports.StrongExport;
import app.spotter.transfer.Csv;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: reading and planning a Strong export of 5,000 workouts (6 exercises x 4 sets each, 120,000 rows), against
 * splitting the same file into CSV rows alone, run by scripts/bench.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ImportBench {
    private static final String[] EXERCISES = {"Bench Press (Barbell)", "Squat (Barbell)", "Deadlift (Barbell)",
            "Pull Up", "Plank", "My own curl"};
    private String file;
    private ExerciseCatalog catalog;

    @Setup
    public void setUp() throws IOException {
        try (InputStream in = ImportBench.class.getResourceAsStream("/webroot" + ExerciseCatalog.PATH)) {
            catalog = ExerciseCatalog.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        file = strongFile(5000);
    }

    static String strongFile(int workouts) {
        StringBuilder out = new StringBuilder("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,"
                + "Distance,Seconds,Notes,Workout Notes,RPE\n");
        for (int w = 0; w < workouts; w++) {
            String date = (2000 + w / 360) + "-" + pad(w / 30 % 12 + 1) + "-" + pad(w % 28 + 1) + " 18:00:00";
            for (String exercise : EXERCISES) {
                for (int s = 1; s <= 4; s++) {
                    boolean plank = exercise.equals("Plank");
                    out.append(date).append(",Day ").append(w % 3).append(",1h 2m,").append(exercise).append(',')
                            .append(s).append(',').append(plank ? 0 : 60 + s).append(',').append(plank ? 0 : 5)
                            .append(",0,").append(plank ? 60 : 0).append(",,,").append(s == 4 ? "9" : "")
                            .append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String pad(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    /** Baseline: splitting the file into rows, what any import must do at least. */
    @Benchmark
    public List<Csv.Row> csvRowsOnly() {
        return Csv.parse(file, ',');
    }

    @Benchmark
    public ImportPlan readAndPlan() {
        return ImportedWorkouts.plan(StrongExport.read(file, WeightUnit.KG, 0), catalog);
    }
}
