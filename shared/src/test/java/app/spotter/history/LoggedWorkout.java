package app.spotter.history;

import app.spotter.workout.ExerciseEdits;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.SetType;
import app.spotter.workout.Stamp;
import app.spotter.workout.Workout;

/**
 * Builds finished model-2 workouts set by set for the history tests, here and in the server's API and browser tests
 * (the shared test-jar): each set is added, filled and completed.
 */
public final class LoggedWorkout {
    private Workout workout;
    private final long start;
    private int tick;
    private String exerciseId;
    private int exercises;
    private int sets;

    private LoggedWorkout(String id, String name, long start) {
        this.start = start;
        this.workout = SessionEdits.startEmpty(id, name, stamp(), start);
    }

    public static LoggedWorkout started(String id, long start) {
        return new LoggedWorkout(id, "Mixed day", start);
    }

    public static LoggedWorkout named(String id, String name, long start) {
        return new LoggedWorkout(id, name, start);
    }

    public LoggedWorkout exercise(String name, ExerciseKind kind) {
        exerciseId = "x" + exercises++;
        sets = 0;
        workout = ExerciseEdits.addExercise(workout, exerciseId, name, kind, 60, stamp());
        return this;
    }

    /** A done normal set with reps and kg (the kinds that take them). */
    public LoggedWorkout reps(int reps, double kg) {
        return set(SetType.NORMAL, reps, kg, 0, 0, true);
    }

    /** A done normal set with seconds, metres and kg (the kinds that take them). */
    public LoggedWorkout timed(int seconds, double meters, double kg) {
        return set(SetType.NORMAL, 0, kg, seconds, meters, true);
    }

    public LoggedWorkout set(SetType type, int reps, double kg, int seconds, double meters, boolean done) {
        String setId = exerciseId + ".s" + sets++;
        workout = SetEdits.addSet(workout, exerciseId, setId, stamp());
        ExerciseKind kind = workout.exercise(exerciseId).kind();
        workout = SetEdits.setType(workout, exerciseId, setId, type, stamp());
        if (kind.takesReps()) {
            workout = SetEdits.setReps(workout, exerciseId, setId, reps, stamp());
        }
        if (kind.takesWeight()) {
            workout = SetEdits.setWeight(workout, exerciseId, setId, kg, stamp());
        }
        if (kind.takesDuration()) {
            workout = SetEdits.setDuration(workout, exerciseId, setId, seconds, stamp());
        }
        if (kind.takesDistance()) {
            workout = SetEdits.setDistance(workout, exerciseId, setId, meters, stamp());
        }
        if (done) {
            workout = SetEdits.completeSet(workout, exerciseId, setId, stamp(), start + tick);
        }
        return this;
    }

    public Workout finish(long seconds) {
        return SessionEdits.finish(workout, stamp(), start + seconds * 1000);
    }

    private Stamp stamp() {
        return new Stamp(start + ++tick, 0, "t");
    }
}
