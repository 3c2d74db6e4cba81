package app.spotter.server.bench;

import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.SetType;
import app.spotter.workout.Stamp;
import app.spotter.workout.Targets;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateExercise;
import app.spotter.workout.TemplateSet;
import app.spotter.workout.Workout;
import java.util.ArrayList;
import java.util.List;

/**
 * The workouts of the scale bench: each a finished session of 6 exercises x 5 done sets (30 sets), made through the
 * shared model as a phone makes them, rotating four plans (24 exercises), weights creeping up, every 12 hours.
 * Session ids have a UUID's shape but sort in the order they are made (user, then number), so bulk writes append.
 */
final class ScaleWorkouts {
    static final int SETS = 30;
    static final long T0 = 1_000_000_000_000L;
    static final long EVERY = 12 * 3_600_000L;
    private static final String[][] PLANS = {
        {"Squat", "Romanian deadlift", "Leg press", "Leg curl", "Calf raise", "Walking lunge"},
        {"Bench press", "Overhead press", "Incline dumbbell press", "Dips", "Lateral raise", "Triceps pushdown"},
        {"Deadlift", "Barbell row", "Pull-up", "Lat pulldown", "Face pull", "Biceps curl"},
        {"Front squat", "Hip thrust", "Push press", "Chin-up", "Cable row", "Hammer curl"},
    };

    private ScaleWorkouts() {
    }

    static String sessionId(int user, int number) {
        return String.format("%08x-0000-4000-8000-%012x", user, number);
    }

    static long startOf(int number) {
        return T0 + number * EVERY;
    }

    /** The {@code number}th workout (from 0) of user {@code user}. */
    static Workout workout(int user, int number) {
        String[] plan = PLANS[number % PLANS.length];
        List<TemplateExercise> exercises = new ArrayList<>();
        for (int e = 0; e < plan.length; e++) {
            List<TemplateSet> sets = new ArrayList<>();
            for (int s = 0; s < 5; s++) {
                double weight = 20 + e * 5 + (number / PLANS.length % 400) * 0.25 + s * 2.5;
                sets.add(new TemplateSet(SetType.NORMAL, new Targets(5 + (number + s) % 4, weight, 0, 0)));
            }
            exercises.add(new TemplateExercise(plan[e], ExerciseKind.WEIGHT_REPS, 120, "", "", sets));
        }
        long start = startOf(number);
        Workout w = SessionEdits.start(new Template("", "Plan " + (char) ('A' + number % PLANS.length), "",
                exercises), sessionId(user, number), new Stamp(start, 0, "phone"), start);
        long at = start;
        for (int e = 0; e < plan.length; e++) {
            for (int s = 0; s < 5; s++) {
                at += 60_000;
                w = SetEdits.completeSet(w, "e" + e, "e" + e + ".s" + s, new Stamp(at, 0, "phone"), at);
            }
        }
        return SessionEdits.finish(w, new Stamp(at + 60_000, 0, "phone"), at + 60_000);
    }
}
