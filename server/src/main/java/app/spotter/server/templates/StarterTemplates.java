package app.spotter.server.templates;

import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetType;
import app.spotter.workout.Targets;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateExercise;
import app.spotter.workout.TemplateSet;
import java.util.ArrayList;
import java.util.List;

/** Two plans a new user can start at once; stored once, when the account is created, and theirs to change. */
public final class StarterTemplates {
    private StarterTemplates() {
    }

    public static List<Template> all() {
        return List.of(
                new Template("", "Full body A", "", List.of(
                        lift("Squat", 150, 3, 5, 60),
                        lift("Bench press", 120, 3, 5, 40),
                        lift("Barbell row", 120, 3, 5, 40),
                        exercise("Plank", ExerciseKind.DURATION, 60, 3, new Targets(0, 0, 60, 0)))),
                new Template("", "Push day", "", List.of(
                        lift("Bench press", 120, 4, 8, 50),
                        lift("Overhead press", 90, 3, 8, 30),
                        lift("Incline dumbbell press", 90, 3, 10, 16),
                        lift("Triceps pushdown", 60, 3, 12, 20))));
    }

    /** Gives a new account the starters, unless it already has templates (an owner adopting older data). */
    public static void seed(TemplateStore store, String userId) {
        if (!store.list(userId).isEmpty()) {
            return;
        }
        for (Template template : all()) {
            store.create(userId, template);
        }
    }

    private static TemplateExercise lift(String name, int restSeconds, int sets, int reps, double weight) {
        return exercise(name, ExerciseKind.WEIGHT_REPS, restSeconds, sets, new Targets(reps, weight, 0, 0));
    }

    private static TemplateExercise exercise(String name, ExerciseKind kind, int restSeconds, int count,
                                             Targets targets) {
        List<TemplateSet> sets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sets.add(new TemplateSet(SetType.NORMAL, targets));
        }
        return new TemplateExercise(name, kind, restSeconds, "", "", sets);
    }
}
