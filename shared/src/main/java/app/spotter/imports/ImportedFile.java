package app.spotter.imports;

import java.util.List;

/** What an export file held: its workouts, and every row that was left out with its reason. */
public record ImportedFile(String app, List<ImportedWorkout> workouts, List<SkippedRow> skipped) {
    public ImportedFile {
        workouts = List.copyOf(workouts);
        skipped = List.copyOf(skipped);
    }

    public int sets() {
        int n = 0;
        for (ImportedWorkout w : workouts) {
            for (ImportedExercise e : w.exercises()) {
                n += e.sets().size();
            }
        }
        return n;
    }
}
