package app.spotter.imports;

import app.spotter.catalog.CatalogExercise;
import app.spotter.workout.ExerciseKind;

/**
 * The kind an imported exercise gets: its catalog exercise's kind when every recorded field fits it, else the kind
 * the recorded fields call for, so no reps, weight, time or distance is dropped.
 */
final class KindChoice {
    private KindChoice() {
    }

    static ExerciseKind of(ImportedExercise exercise, CatalogExercise match) {
        boolean weight = false;
        boolean reps = false;
        boolean seconds = false;
        boolean meters = false;
        for (ImportedSet set : exercise.sets()) {
            weight |= set.weightKg() != null && set.weightKg() > 0;
            reps |= set.reps() != null;
            seconds |= set.seconds() != null;
            meters |= set.meters() != null;
        }
        ExerciseKind catalogKind = match == null ? null : ExerciseKind.fromWire(match.kind());
        if (catalogKind != null && fits(catalogKind, weight, reps, seconds, meters)) {
            return catalogKind;
        }
        if (meters) {
            return ExerciseKind.DISTANCE_DURATION;
        }
        if (seconds && !reps) {
            return weight ? ExerciseKind.WEIGHT_DURATION : ExerciseKind.DURATION;
        }
        return weight ? ExerciseKind.WEIGHT_REPS : ExerciseKind.REPS_ONLY;
    }

    private static boolean fits(ExerciseKind kind, boolean weight, boolean reps, boolean seconds, boolean meters) {
        return (!weight || kind.takesWeight()) && (!reps || kind.takesReps()) && (!seconds || kind.takesDuration())
                && (!meters || kind.takesDistance()) && (reps || seconds || meters);
    }
}
