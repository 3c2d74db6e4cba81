package app.spotter.client.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spotter.client.api.ApiCall.Callback;
import app.spotter.client.platform.HttpClient;
import app.spotter.client.platform.HttpResponse;
import app.spotter.history.WeightUnit;
import app.spotter.workout.ExerciseEdits;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.SetType;
import app.spotter.workout.Stamp;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import app.spotter.workout.WorkoutExercise;
import app.spotter.workout.WorkoutSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The workout detail reads the schema-2 document of GET /api/workouts/{id} and words each set by its kind. */
class WorkoutDetailTest {
    private static final long T0 = 1_764_620_000_000L;

    private static Stamp at(int n) {
        return new Stamp(T0 + n, 0, "d");
    }

    private static Workout logged() {
        Workout w = SessionEdits.startEmpty("s1", "Mixed", at(0), T0);
        w = ExerciseEdits.addExercise(w, "x0", "Bench press", ExerciseKind.WEIGHT_REPS, 90, at(1));
        w = SetEdits.addSet(w, "x0", "x0.s0", at(2));
        w = SetEdits.setReps(w, "x0", "x0.s0", 8, at(3));
        w = SetEdits.setWeight(w, "x0", "x0.s0", 62.5, at(4));
        w = SetEdits.setType(w, "x0", "x0.s0", SetType.WARMUP, at(5));
        w = SetEdits.setRpe(w, "x0", "x0.s0", 8.5, at(6));
        w = SetEdits.completeSet(w, "x0", "x0.s0", at(7), T0 + 7);
        w = ExerciseEdits.setNote(w, "x0", "elbows in", at(8));
        w = ExerciseEdits.addExercise(w, "x1", "Plank", ExerciseKind.DURATION, 60, at(9));
        w = SetEdits.addSet(w, "x1", "x1.s0", at(10));
        w = SetEdits.setDuration(w, "x1", "x1.s0", 60, at(11));
        w = SetEdits.completeSet(w, "x1", "x1.s0", at(12), T0 + 12);
        w = ExerciseEdits.addExercise(w, "x2", "Run", ExerciseKind.DISTANCE_DURATION, 0, at(13));
        w = SetEdits.addSet(w, "x2", "x2.s0", at(14));
        w = SetEdits.setDistance(w, "x2", "x2.s0", 5000, at(15));
        w = SetEdits.setDuration(w, "x2", "x2.s0", 1500, at(16));
        w = SetEdits.setType(w, "x2", "x2.s0", SetType.FAILURE, at(17));
        w = SetEdits.completeSet(w, "x2", "x2.s0", at(18), T0 + 18);
        w = SessionEdits.setNote(w, "felt strong", at(19));
        return SessionEdits.finish(w, at(20), T0 + 3_600_000);
    }

    @Test
    void aSchemaTwoWorkoutIsReadAndEachSetWordedByItsKind() {
        String body = WorkoutCodec.write(logged());
        List<String> paths = new ArrayList<>();
        HttpClient server = (method, path, requestBody, callback) -> {
            paths.add(method + " " + path);
            callback.done(new HttpResponse(200, body));
        };
        List<Workout> read = new ArrayList<>();
        new HistoryApi(server).workout("s 1", Callback.of(read::add, e -> {
            throw new AssertionError(e.message());
        }));
        assertEquals(List.of("GET /api/workouts/s%201"), paths);
        Workout workout = read.get(0);
        assertEquals("felt strong", workout.noteValue());
        List<String> sets = new ArrayList<>();
        for (WorkoutExercise exercise : workout.visibleExercises()) {
            for (WorkoutSet set : exercise.visibleSets()) {
                sets.add(exercise.nameValue() + ": " + SetText.of(exercise.kind(), set, WeightUnit.KG));
            }
        }
        assertEquals(List.of("Bench press: 8 \u00d7 62.5 kg \u00b7 warm-up \u00b7 RPE 8.5", "Plank: 60 s",
                "Run: 5.0 km in 25:00 \u00b7 to failure"), sets);
        assertEquals("elbows in", workout.visibleExercises().get(0).noteValue());
    }
}
