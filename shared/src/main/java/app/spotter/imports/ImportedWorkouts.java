package app.spotter.imports;

import app.spotter.catalog.CatalogExercise;
import app.spotter.catalog.ExerciseCatalog;
import app.spotter.validation.FieldError;
import app.spotter.validation.Limits;
import app.spotter.validation.ValidationException;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.HybridClock;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.SetType;
import app.spotter.workout.Targets;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateExercise;
import app.spotter.workout.TemplateSet;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import app.spotter.workout.WorkoutSet;
import app.spotter.workout.WorkoutValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns what an export file held into finished workouts (session model 2): names matched to the catalog take the
 * catalog's name and kind, others keep theirs and become custom exercises; every set is done with its type, values
 * and RPE. Ids derive from the file ({@code <app>-<fingerprint of the key>}), so importing again adds nothing twice.
 */
public final class ImportedWorkouts {
    private static final String NODE = "import";

    private ImportedWorkouts() {
    }

    public static ImportPlan plan(ImportedFile file, ExerciseCatalog catalog) {
        List<Workout> workouts = new ArrayList<>();
        List<SkippedRow> skipped = new ArrayList<>(file.skipped());
        Map<String, String> matched = new LinkedHashMap<>();
        Set<String> created = new LinkedHashSet<>();
        long first = 0;
        long last = 0;
        for (ImportedWorkout imported : file.workouts()) {
            List<TemplateExercise> exercises = new ArrayList<>();
            for (ImportedExercise exercise : imported.exercises()) {
                if (exercises.size() == Limits.EXERCISES_MAX) {
                    skipAll(exercise, "a workout holds at most " + Limits.EXERCISES_MAX + " exercises", skipped);
                    continue;
                }
                CatalogExercise match = catalog.match(exercise.name());
                String name = match == null ? exercise.name() : match.name();
                if (match == null) {
                    created.add(name);
                } else {
                    matched.put(exercise.name(), match.name());
                }
                exercises.add(plannedExercise(exercise, name, KindChoice.of(exercise, match), skipped));
            }
            try {
                workouts.add(finished(file.app(), imported, exercises));
                first = first == 0 ? imported.startedAt() : Math.min(first, imported.startedAt());
                last = Math.max(last, imported.startedAt());
            } catch (ValidationException e) {
                for (ImportedExercise exercise : imported.exercises()) {
                    skipAll(exercise, "the workout '" + imported.name() + "' cannot be imported: "
                            + e.getMessage(), skipped);
                }
            }
        }
        skipped.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new ImportPlan(workouts, matched, new ArrayList<>(created), skipped, first, last);
    }

    private static TemplateExercise plannedExercise(ImportedExercise exercise, String name, ExerciseKind kind,
                                                    List<SkippedRow> skipped) {
        List<TemplateSet> sets = new ArrayList<>();
        StringBuilder notes = new StringBuilder(exercise.note());
        for (ImportedSet set : exercise.sets()) {
            if (sets.size() == Limits.SETS_MAX) {
                skipped.add(new SkippedRow(set.line(), "an exercise holds at most " + Limits.SETS_MAX
                        + " sets in one workout"));
                continue;
            }
            String lost = lostFields(set, kind);
            if (!lost.isEmpty()) {
                skipped.add(new SkippedRow(set.line(), "imported without its " + lost + ": " + name + " records "
                        + kind.wireName().replace('_', ' ')));
            }
            sets.add(new TemplateSet(SetType.fromWire(set.type()), new Targets(orZero(set.reps()),
                    orZero(set.weightKg()), orZero(set.seconds()), orZero(set.meters()))));
            if (!set.note().isEmpty()) {
                notes.append(notes.length() == 0 ? "" : "\n").append("Set ").append(sets.size()).append(": ")
                        .append(set.note());
            }
        }
        String note = notes.length() > Limits.NOTE_MAX_CHARS ? notes.substring(0, Limits.NOTE_MAX_CHARS)
                : notes.toString();
        return new TemplateExercise(name, kind, 0, note, exercise.supersetId(), sets);
    }

    private static Workout finished(String app, ImportedWorkout imported, List<TemplateExercise> exercises) {
        HybridClock clock = new HybridClock(NODE, null);
        long start = imported.startedAt();
        String sessionId = app + "-" + Fingerprint.of(imported.key());
        Template plan = new Template("", imported.name(), "", exercises);
        Workout workout = SessionEdits.start(plan, sessionId, clock.next(start), start);
        List<WorkoutExercise> started = workout.visibleExercises();
        for (int i = 0; i < started.size(); i++) {
            WorkoutExercise exercise = started.get(i);
            List<ImportedSet> sets = imported.exercises().get(i).sets();
            List<WorkoutSet> planned = exercise.visibleSets();
            for (int j = 0; j < planned.size(); j++) {
                WorkoutSet set = planned.get(j);
                Double rpe = sets.get(j).rpe();
                if (rpe != null) {
                    workout = SetEdits.setRpe(workout, exercise.id(), set.id(), rpe, clock.next(start));
                }
                workout = SetEdits.completeSet(workout, exercise.id(), set.id(), clock.next(start), start);
            }
        }
        if (!imported.note().isEmpty()) {
            workout = SessionEdits.setNote(workout, imported.note(), clock.next(start));
        }
        long end = start + Math.max(1, imported.durationSeconds()) * 1000;
        Workout finished = SessionEdits.finish(workout, clock.next(start), end);
        // A file can hold what the app refuses (a 30,000 lb set): such a workout is left out, its rows listed.
        List<FieldError> errors = WorkoutValidator.validate(finished);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return finished;
    }

    private static String lostFields(ImportedSet set, ExerciseKind kind) {
        List<String> lost = new ArrayList<>();
        if (set.weightKg() != null && set.weightKg() > 0 && !kind.takesWeight()) {
            lost.add("weight");
        }
        if (set.reps() != null && !kind.takesReps()) {
            lost.add("reps");
        }
        if (set.seconds() != null && !kind.takesDuration()) {
            lost.add("time");
        }
        if (set.meters() != null && !kind.takesDistance()) {
            lost.add("distance");
        }
        return String.join(" and ", lost);
    }

    private static void skipAll(ImportedExercise exercise, String reason, List<SkippedRow> skipped) {
        for (ImportedSet set : exercise.sets()) {
            skipped.add(new SkippedRow(set.line(), reason));
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
