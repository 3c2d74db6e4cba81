package app.spotter.workout;

import static app.spotter.workout.WorkoutSamples.T0;
import static app.spotter.workout.WorkoutSamples.at;
import static app.spotter.workout.WorkoutSamples.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rest given as a window ("2:00 to 3:00"): templates, the live workout's rest and its wire format. */
class RestWindowTest {
    private static final Template WINDOW = new Template("t5", "Legs", "", List.of(
            new TemplateExercise("Squat", ExerciseKind.WEIGHT_REPS, 120, 180, "", "",
                    List.of(set(5, 100), set(5, 100))),
            new TemplateExercise("Curl", ExerciseKind.WEIGHT_REPS, 60, "", "", List.of(set(10, 12)))));

    @Test
    void aTemplateWithAWindowRoundTripsAndOneWithoutWritesNoMaximum() {
        String json = TemplateCodecV2.write(WINDOW);
        assertTrue(json.contains("\"restSeconds\":120,\"restMaxSeconds\":180"), json);
        assertEquals(1, json.split("restMaxSeconds", -1).length - 1, "only the exercise with a window: " + json);
        assertEquals(WINDOW, TemplateCodecV2.read(json));
    }

    @Test
    void aTemplateWrittenWithoutTheFieldReadsAsASingleRestExactlyAsBefore() {
        String old = "{\"schema\":2,\"id\":\"t1\",\"name\":\"Legs\",\"note\":\"\",\"exercises\":[{\"name\":\"Squat\","
                + "\"kind\":\"weight_reps\",\"restSeconds\":90,\"note\":\"\",\"supersetGroup\":\"\",\"sets\":["
                + "{\"type\":\"normal\",\"targets\":{\"reps\":5,\"weight\":100.0}}]}]}";
        Template read = TemplateCodecV2.read(old);
        assertEquals(0, read.exercises().get(0).restMaxSeconds());
        assertEquals(old, TemplateCodecV2.write(read), "written back byte for byte");
    }

    @Test
    void aWindowShorterThanTheRestOrOverTheLimitIsRefusedNamingTheField() {
        String json = TemplateCodecV2.write(WINDOW);
        ValidationException shorter = assertThrows(ValidationException.class,
                () -> TemplateCodecV2.read(json.replace("\"restMaxSeconds\":180", "\"restMaxSeconds\":100")));
        assertEquals("exercises[0].restMaxSeconds", shorter.first().field());
        assertEquals("Longest rest must not be shorter than the rest (02:00)", shorter.first().message());
        ValidationException over = assertThrows(ValidationException.class,
                () -> TemplateCodecV2.read(json.replace("\"restMaxSeconds\":180", "\"restMaxSeconds\":3601")));
        assertEquals("exercises[0].restMaxSeconds", over.first().field());
        assertEquals(List.of(), TemplateValidatorV2.validate(new Template("", "Legs", "", List.of(
                new TemplateExercise("Squat", ExerciseKind.WEIGHT_REPS, 120, 120, "", "", List.of(set(5, 100)))))),
                "a window as long as the rest is allowed (a single value)");
    }

    @Test
    void aCompletedSetStartsTheWindowAndItsEndMovesWithPlusFifteen() {
        Workout w = SessionEdits.start(WINDOW, "s1", at(T0, "a"), T0);
        assertEquals(180, w.exercise("e0").restMaxValue());
        Workout resting = SetEdits.completeSet(w, "e0", "e0.s0", at(T0 + 1000, "a"), T0 + 1000);
        Rest rest = resting.restValue();
        assertEquals(new Rest(T0 + 121_000, 120, 180), rest);
        assertEquals(T0 + 181_000, rest.maxEndsAt());
        assertTrue(rest.isRunning(T0 + 120_000));
        assertFalse(rest.inWindow(T0 + 120_000));
        assertTrue(rest.inWindow(T0 + 121_000));
        assertTrue(rest.inWindow(T0 + 180_999));
        assertFalse(rest.inWindow(T0 + 181_000));

        Rest longer = SessionEdits.adjustRest(resting, 15, at(T0 + 2000, "a"), T0 + 2000).restValue();
        assertEquals(T0 + 136_000, longer.endsAt());
        assertEquals(T0 + 196_000, longer.maxEndsAt());
    }

    @Test
    void anExerciseWithoutAWindowStartsASingleRestAndWritesNoMaximum() {
        Workout w = SessionEdits.start(WINDOW, "s1", at(T0, "a"), T0);
        Workout resting = SetEdits.completeSet(w, "e1", "e1.s0", at(T0 + 1000, "a"), T0 + 1000);
        assertEquals(new Rest(T0 + 61_000, 60, 0), resting.restValue());
        assertFalse(resting.restValue().isWindow());
        String json = WorkoutCodec.write(resting);
        assertTrue(json.contains("\"rest\":{\"endsAt\":" + (T0 + 61_000) + ",\"seconds\":60}"), json);
    }

    @Test
    void theWindowOfAnExerciseAndOfTheRunningRestRoundTripInTheDraft() {
        Workout w = SessionEdits.start(WINDOW, "s1", at(T0, "a"), T0);
        Workout resting = SetEdits.completeSet(w, "e0", "e0.s0", at(T0 + 1000, "a"), T0 + 1000);
        String json = WorkoutCodec.write(resting);
        assertTrue(json.contains("\"restSeconds\":120,\"restMaxSeconds\":180"), json);
        assertTrue(json.contains("\"rest\":{\"endsAt\":" + (T0 + 121_000) + ",\"seconds\":120,\"maxSeconds\":180}"),
                json);
        Workout read = WorkoutCodec.read(json);
        assertEquals(resting, read);
        assertEquals(json, WorkoutCodec.write(read));
        Workout delta = WorkoutDelta.since(read, at(T0, "a"));
        assertEquals(resting.restValue(), WorkoutCodec.read(WorkoutCodec.write(delta)).restValue());
    }

    @Test
    void aDraftWithoutAnyWindowReadsAndWritesAsBefore() {
        Workout w = SessionEdits.start(WorkoutSamples.pushDay(), "s1", at(T0, "a"), T0);
        Workout resting = SetEdits.completeSet(w, "e0", "e0.s0", at(T0 + 1000, "a"), T0 + 1000);
        String json = WorkoutCodec.write(resting);
        assertFalse(json.contains("restMaxSeconds") || json.contains("maxSeconds"), json);
        assertEquals(0, WorkoutCodec.read(json).exercise("e0").restMaxValue());
    }

    @Test
    void aBadWindowInTheDraftIsRefusedNamingTheField() {
        Workout w = SessionEdits.start(WINDOW, "s1", at(T0, "a"), T0);
        String json = WorkoutCodec.write(SetEdits.completeSet(w, "e0", "e0.s0", at(T0 + 1000, "a"), T0 + 1000));
        assertField("rest.maxSeconds", json.replace("\"maxSeconds\":180", "\"maxSeconds\":100"));
        assertField("exercises[0].restMaxSeconds", json.replace("\"restMaxSeconds\":180", "\"restMaxSeconds\":4000"));
        assertField("exercises[0].restMaxSeconds",
                json.replace("\"restMaxSeconds\":180", "\"restMaxSeconds\":\"3:00\""));
    }

    @Test
    void concurrentEditsOfTheTwoEndsMergeIntoAValidDocumentThatReadsAsASingleRest() {
        Workout w = SessionEdits.start(WINDOW, "s1", at(T0, "a"), T0);
        Workout longerRest = ExerciseEdits.setRest(w, "e0", 170, 180, at(T0 + 1000, "a"));
        Workout shorterMax = ExerciseEdits.setRest(w, "e0", 120, 150, at(T0 + 2000, "b"));
        Workout merged = WorkoutMerge.merge(longerRest, shorterMax);
        assertEquals(List.of(), WorkoutValidator.validate(merged));
        assertEquals(170, merged.exercise("e0").restValue(), "each device changed one end: both are kept");
        assertEquals(0, merged.exercise("e0").restMaxValue(), "a maximum under the rest is no window");
    }

    @Test
    void thePlayerSetsAndClearsAWindowAndRefusesOneShorterThanTheRest() {
        Workout w = SessionEdits.start(WINDOW, "s1", at(T0, "a"), T0);
        Workout curlWindow = ExerciseEdits.setRest(w, "e1", 60, 120, at(T0 + 1000, "a"));
        assertEquals(120, curlWindow.exercise("e1").restMaxValue());
        assertEquals(w.exercise("e1").restSeconds(), curlWindow.exercise("e1").restSeconds(),
                "an unchanged end keeps its stamp");
        Workout cleared = ExerciseEdits.setRest(curlWindow, "e1", 90, 0, at(T0 + 2000, "a"));
        assertEquals(90, cleared.exercise("e1").restValue());
        assertEquals(0, cleared.exercise("e1").restMaxValue());
        Workout lowered = ExerciseEdits.setRest(cleared, "e1", 30, 0, at(T0 + 3000, "a"));
        assertEquals(0, lowered.exercise("e1").restMaxValue(), "a cleared window does not come back");
        assertEquals(lowered, WorkoutCodec.read(WorkoutCodec.write(lowered)));
        ValidationException e = assertThrows(ValidationException.class,
                () -> ExerciseEdits.setRest(w, "e0", 200, 180, at(T0 + 1000, "a")));
        assertEquals("exercises[0].restMaxSeconds", e.first().field());
        assertEquals("exercises[1].restSeconds", assertThrows(ValidationException.class,
                () -> ExerciseEdits.setRest(w, "e1", -1, 0, at(T0 + 1000, "a"))).first().field());
    }

    private static void assertField(String field, String json) {
        ValidationException e = assertThrows(ValidationException.class, () -> WorkoutCodec.read(json));
        assertEquals(field, e.first().field(), e.errors().toString());
    }
}
