package app.spotter.workout;

import java.util.ArrayList;
import java.util.List;

/** Templates and started workouts the model 2 tests build on. */
final class WorkoutSamples {
    static final long T0 = 1_764_620_000_000L;

    private WorkoutSamples() {
    }

    static TemplateSet set(int reps, double kg) {
        return new TemplateSet(SetType.NORMAL, new Targets(reps, kg, 0, 0));
    }

    /** Bench press 2 x (8 x 60 / 8 x 62.5), rest 120; overhead press 1 x 10 x 40, rest 90; plank 1 x 60 s. */
    static Template pushDay() {
        return new Template("t1", "Push day", "", List.of(
                new TemplateExercise("Bench press", ExerciseKind.WEIGHT_REPS, 120, "", "",
                        List.of(set(8, 60), set(8, 62.5))),
                new TemplateExercise("Overhead press", ExerciseKind.WEIGHT_REPS, 90, "", "", List.of(set(10, 40))),
                new TemplateExercise("Plank", ExerciseKind.DURATION, 60, "", "",
                        List.of(new TemplateSet(SetType.NORMAL, new Targets(0, 0, 60, 0))))));
    }

    /** Curl and pushdown as a superset of 2 rounds (rest 90 after a round), then rows alone. */
    static Template supersetDay() {
        return new Template("t2", "Arms", "", List.of(
                new TemplateExercise("Curl", ExerciseKind.WEIGHT_REPS, 30, "", "a", List.of(set(10, 12), set(10, 12))),
                new TemplateExercise("Pushdown", ExerciseKind.WEIGHT_REPS, 90, "", "a",
                        List.of(set(12, 20), set(12, 20))),
                new TemplateExercise("Row", ExerciseKind.WEIGHT_REPS, 120, "", "", List.of(set(8, 50)))));
    }

    static Template sized(int exercises, int sets) {
        List<TemplateExercise> plans = new ArrayList<>();
        for (int e = 0; e < exercises; e++) {
            List<TemplateSet> targets = new ArrayList<>();
            for (int s = 0; s < sets; s++) {
                targets.add(set(5 + s, 20 + e * 2.5));
            }
            plans.add(new TemplateExercise("Exercise " + (e + 1), ExerciseKind.WEIGHT_REPS, 90, "", "", targets));
        }
        return new Template("big", "Big day", "", plans);
    }

    static Stamp at(long millis, String node) {
        return new Stamp(millis, 0, node);
    }

    static Workout started(Template template) {
        return SessionEdits.start(template, "s1", at(T0, "a"), T0);
    }
}
