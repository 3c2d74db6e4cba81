package app.spotter;

import app.spotter.templates.ExercisePlan;
import app.spotter.templates.SetTarget;
import app.spotter.templates.WorkoutTemplate;
import java.util.ArrayList;
import java.util.List;

/** Documents the shared tests build on. */
public final class Samples {
    private Samples() {
    }

    public static WorkoutTemplate pushDay() {
        return new WorkoutTemplate("t1", "Push day", List.of(
                new ExercisePlan("Bench press", 120, List.of(new SetTarget(8, 60.0), new SetTarget(8, 62.5))),
                new ExercisePlan("Overhead press", 90, List.of(new SetTarget(10, 40.0)))));
    }

    public static WorkoutTemplate sized(int exercises, int sets) {
        List<ExercisePlan> plans = new ArrayList<>();
        for (int e = 0; e < exercises; e++) {
            List<SetTarget> targets = new ArrayList<>();
            for (int s = 0; s < sets; s++) {
                targets.add(new SetTarget(5 + s, 20 + e * 2.5));
            }
            plans.add(new ExercisePlan("Exercise " + (e + 1), 90, targets));
        }
        return new WorkoutTemplate("big", "Big day", plans);
    }
}
