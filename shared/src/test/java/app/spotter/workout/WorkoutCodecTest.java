package app.spotter.workout;

import static app.spotter.workout.WorkoutSamples.T0;
import static app.spotter.workout.WorkoutSamples.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.validation.ValidationException;
import org.junit.jupiter.api.Test;

class WorkoutCodecTest {
    private final Workout edited = edited();

    private static Workout edited() {
        Workout w = WorkoutSamples.started(WorkoutSamples.pushDay());
        w = SetEdits.completeSet(w, "e0", "e0.s0", at(T0 + 1000, "b"), T0 + 1000);
        w = SetEdits.setWeight(w, "e0", "e0.s1", 61.25, at(T0 + 2000, "b"));
        w = SetEdits.setRpe(w, "e0", "e0.s1", 8.5, at(T0 + 2500, "b"));
        w = SetEdits.setType(w, "e1", "e1.s0", SetType.DROP, at(T0 + 3000, "b"));
        w = SetEdits.completeSet(w, "e1", "e1.s0", at(T0 + 4000, "b"), T0 + 4000);
        w = SetEdits.undoSet(w, "e1", "e1.s0", at(T0 + 5000, "b"));
        w = SetEdits.removeSet(w, "e0", "e0.s0", at(T0 + 6000, "b"));
        w = ExerciseEdits.addExercise(w, "x1", "Row", ExerciseKind.DISTANCE_DURATION, 60, at(T0 + 7000, "b"));
        w = SetEdits.addSet(w, "x1", "x1.s0", at(T0 + 7100, "b"));
        w = SetEdits.setDistance(w, "x1", "x1.s0", 500, at(T0 + 7200, "b"));
        w = ExerciseEdits.groupSuperset(w, "e0", "e1", "g1", at(T0 + 8000, "b"));
        w = ExerciseEdits.setNote(w, "e0", "pause at the chest", at(T0 + 8100, "b"));
        w = SetEdits.completeSet(w, "x1", "x1.s0", at(T0 + 8500, "b"), T0 + 8500);
        return SessionEdits.setNote(w, "good day", at(T0 + 9000, "b"));
    }

    @Test
    void aWholeDocumentRoundTrips() {
        String json = WorkoutCodec.write(edited);
        assertEquals(edited, WorkoutCodec.read(json));
        assertEquals(json, WorkoutCodec.write(WorkoutCodec.read(json)));
        assertTrue(json.contains("\"schema\":2"), json);
        assertTrue(json.contains("\"kind\":\"distance_duration\""), json);
        assertFalse(json.contains("\"partial\""), json);
    }

    @Test
    void fieldsWrittenAtCreationCarryNoStampOfTheirOwn() {
        String json = WorkoutCodec.write(WorkoutSamples.started(WorkoutSamples.pushDay()));
        assertFalse(json.contains("\"at\""), json);
    }

    @Test
    void aFinishedWorkoutCarriesItsDurationAndAWrongOneIsRefused() {
        Workout finished = SessionEdits.finish(edited, at(T0 + 600_000, "b"), T0 + 600_000);
        String json = WorkoutCodec.write(finished);
        assertTrue(json.contains("\"durationSeconds\":600"), json);
        assertEquals(finished, WorkoutCodec.read(json));
        assertField("durationSeconds", json.replace("\"durationSeconds\":600", "\"durationSeconds\":601"));
    }

    @Test
    void aPartialDocumentRoundTripsWithOnlyItsFields() {
        Workout delta = WorkoutDelta.since(edited, at(T0 + 6500, "b"));
        String json = WorkoutCodec.write(delta);
        assertTrue(json.contains("\"partial\":true"), json);
        assertFalse(json.contains("e1.s0"), json);
        assertEquals(delta, WorkoutCodec.read(json));
    }

    @Test
    void unknownMissingOrMistypedFieldsAreRefusedByName() {
        String json = WorkoutCodec.write(edited);
        assertField("exercises[0].sets[0].repz", json.replaceFirst("\"reps\"", "\"repz\""));
        assertField("name", json.replace("\"name\":\"Push day\",", ""));
        assertField("exercises[0].kind", json.replaceFirst("\"weight_reps\"", "\"weights\""));
        assertField("exercises[0].sets[0].type", json.replaceFirst("\"normal\"", "\"heavy\""));
        assertField("created", json.replaceFirst("\"created\":\"[^\"]*\"", "\"created\":\"yesterday\""));
        assertField("schema", json.replace("\"schema\":2", "\"schema\":3"));
    }

    @Test
    void itemsOutOfIdOrderOrTwiceAreRefused() {
        String json = WorkoutCodec.write(WorkoutSamples.started(WorkoutSamples.pushDay()));
        assertField("exercises[1].id", json.replace("\"e1\"", "\"e0\""));
    }

    @Test
    void anAtEntryForAFieldNotCarriedIsRefused() {
        String json = WorkoutCodec.write(WorkoutDelta.since(edited, at(T0 + 8500, "b")));
        assertField("at.rest", json.replace("\"at\":{", "\"at\":{\"rest\":\"1.0.b\","));
    }

    @Test
    void aFieldTheKindDoesNotTakeIsRefused() {
        String json = WorkoutCodec.write(WorkoutSamples.started(WorkoutSamples.pushDay()));
        // the plank (e2, a hold) gets reps
        String bad = json.replace("\"id\":\"e2.s0\",", "\"id\":\"e2.s0\",\"reps\":5,");
        assertField("exercises[2].sets[0].reps", bad);
    }

    @Test
    void limitsAreCheckedWithFieldErrors() {
        String json = WorkoutCodec.write(edited);
        assertField("note", json.replace("\"good day\"", "\"" + "n".repeat(1001) + "\""));
        assertField("exercises[0].sets[1].rpe", json.replace("\"rpe\":8.5", "\"rpe\":10.5"));
        assertField("exercises[0].sets[1].weight", json.replace("61.25", "2000.5"));
    }

    @Test
    void stampsFarAheadOfTheServerAreRefusedWhenTheServerTimeIsGiven() {
        Workout poisoned = SetEdits.setReps(edited, "e0", "e0.s1", 3, new Stamp(1L << 53, 0, "evil"));
        String json = WorkoutCodec.write(poisoned);
        ValidationException e = assertThrows(ValidationException.class, () -> WorkoutCodec.read(json, T0 + 10_000));
        assertEquals("exercises[0].sets[1].reps", e.first().field());
        Workout tomorrow = SetEdits.setReps(edited, "e0", "e0.s1", 3, at(T0 + 23 * 3_600_000L, "b"));
        assertEquals(tomorrow, WorkoutCodec.read(WorkoutCodec.write(tomorrow), T0), "within 24 h is fine");
    }

    @Test
    void requireFinishedRefusesDraftsAndDeltas() {
        assertThrows(ValidationException.class, () -> WorkoutCodec.requireFinished(edited));
        Workout finished = SessionEdits.finish(edited, at(T0 + 600_000, "b"), T0 + 600_000);
        ValidationException e = assertThrows(ValidationException.class,
                () -> WorkoutCodec.requireFinished(WorkoutDelta.since(finished, null)));
        assertEquals("partial", e.first().field());
    }

    private static void assertField(String field, String json) {
        ValidationException e = assertThrows(ValidationException.class, () -> WorkoutCodec.read(json));
        assertEquals(field, e.first().field(), e.errors().toString());
    }
}
