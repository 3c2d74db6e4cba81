package app.spotter.server.templates;

import app.spotter.templates.ExercisePlan;
import app.spotter.templates.SetTarget;
import app.spotter.templates.WorkoutTemplate;
import java.util.ArrayList;
import java.util.List;

/** Two plans a new user can start at once; stored once, when the account is created, and theirs to change. */
public final class StarterTemplates {
    private StarterTemplates() {
    }

    public static List<WorkoutTemplate> all() {
        return List.of(
                new WorkoutTemplate("", "Full body A", List.of(
                        plan("Squat", 150, 3, 5, 60),
                        plan("Bench press", 120, 3, 5, 40),
                        plan("Barbell row", 120, 3, 5, 40))),
                new WorkoutTemplate("", "Push day", List.of(
                        plan("Bench press", 120, 4, 8, 50),
                        plan("Overhead press", 90, 3, 8, 30),
                        plan("Incline dumbbell press", 90, 3, 10, 16),
                        plan("Triceps pushdown", 60, 3, 12, 20))));
    }

    /** Gives a new account the starters, unless it already has templates (an owner adopting older data). */
    public static void seed(TemplateStore store, String userId) {
        if (!store.list(userId).isEmpty()) {
            return;
        }
        for (WorkoutTemplate template : all()) {
            store.create(userId, template);
        }
    }

    private static ExercisePlan plan(String name, int restSeconds, int sets, int reps, double weight) {
        List<SetTarget> targets = new ArrayList<>();
        for (int i = 0; i < sets; i++) {
            targets.add(new SetTarget(reps, weight));
        }
        return new ExercisePlan(name, restSeconds, targets);
    }
}
