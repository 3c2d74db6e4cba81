package app.spotter.workout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.ExportCodec;
import app.spotter.json.SessionCodec;
import app.spotter.session.SessionExercise;
import app.spotter.session.SetEntry;
import app.spotter.session.WorkoutSession;
import app.spotter.templates.WorkoutTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaOneUpgradeTest {
    static String fixture(String name) {
        try (InputStream in = SchemaOneUpgradeTest.class.getResourceAsStream("/v1/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every exercise, set, reps, weight, target, done flag and time of the v1 session is in the upgrade. */
    static void assertSurvives(WorkoutSession v1, Workout v2) {
        assertEquals(v1.sessionId(), v2.sessionId());
        assertEquals(v1.templateId(), v2.templateId());
        assertEquals(v1.name(), v2.nameValue());
        assertEquals(v1.startedAt(), v2.startedAt());
        assertEquals(v1.finishedAt(), v2.finishedAtValue());
        assertEquals(v1.durationSeconds(), v2.durationSeconds());
        assertEquals(v1.restEndsAt(), v2.restValue().endsAt());
        assertEquals("e" + v1.activeExerciseIndex(), v2.activeExercise().id());
        assertEquals(v1.setsDone(), v2.setsDone());
        assertEquals(v1.setsPlanned(), v2.setsPlanned());
        assertEquals(v1.volumeKg(), v2.volumeKg());
        List<WorkoutExercise> exercises = v2.visibleExercises();
        assertEquals(v1.exercises().size(), exercises.size());
        for (int i = 0; i < exercises.size(); i++) {
            SessionExercise before = v1.exercises().get(i);
            WorkoutExercise after = exercises.get(i);
            assertEquals("e" + i, after.id());
            assertEquals(before.name(), after.nameValue());
            assertEquals(before.restSeconds(), after.restValue());
            assertEquals(ExerciseKind.WEIGHT_REPS, after.kind());
            List<WorkoutSet> sets = after.visibleSets();
            assertEquals(before.sets().size(), sets.size());
            for (int j = 0; j < sets.size(); j++) {
                SetEntry b = before.sets().get(j);
                WorkoutSet a = sets.get(j);
                String where = "exercise " + i + " set " + j;
                assertEquals(after.id() + ".s" + j, a.id(), where);
                assertEquals(b.reps(), a.repsValue(), where);
                assertEquals(b.weight(), a.weightValue(), where);
                assertEquals(new Targets(b.targetReps(), b.targetWeight(), 0, 0), a.targetsValue(), where);
                assertEquals(b.done(), a.isDone(), where);
                assertEquals(SetType.NORMAL, a.typeValue(), where);
                long changedAt = b.changedAt() > 0 ? b.changedAt() : v1.startedAt();
                assertEquals(changedAt, a.reps().at().millis(), where);
                if (b.done()) {
                    assertEquals(b.changedAt(), a.doneAt().millis(), where);
                }
            }
        }
    }

    @Test
    void aSchemaOneDraftKeepsEverySetWeightAndTime() {
        String json = fixture("session-draft.json");
        WorkoutSession v1 = SessionCodec.read(json);
        Workout v2 = SchemaOneUpgrade.readSession(json);
        assertSurvives(v1, v2);
        assertEquals(2, v2.setsDone(), "the undone set stays undone");
        assertEquals(61.25, v2.visibleExercises().get(0).visibleSets().get(1).weightValue());
        assertEquals(90, v2.restValue().seconds(), "the rest of the active exercise");
        assertTrue(WorkoutValidator.validate(v2).isEmpty());
    }

    @Test
    void aSchemaOneFinishedWorkoutKeepsItsFinishAndDuration() {
        String json = fixture("workout-finished.json");
        WorkoutSession v1 = SessionCodec.read(json);
        Workout v2 = SchemaOneUpgrade.readSession(json);
        assertSurvives(v1, v2);
        assertTrue(v2.isFinished());
        assertEquals(1500, v2.durationSeconds());
        assertEquals(15, v2.visibleExercises().get(2).visibleSets().get(0).repsValue());
    }

    @Test
    void theUpgradeIsDeterministicAndRoundTripsThroughWireFormatTwo() {
        String json = fixture("workout-finished.json");
        Workout first = SchemaOneUpgrade.readSession(json);
        Workout second = SchemaOneUpgrade.readSession(json);
        assertEquals(first, second);
        String v2 = WorkoutCodec.write(first);
        assertEquals(v2, WorkoutCodec.write(second), "two devices write the same bytes");
        assertEquals(first, SchemaOneUpgrade.readSession(v2));
        assertEquals(first, WorkoutCodec.read(v2));
    }

    @Test
    void theOutboxListUpgradesEveryWorkout() {
        String json = fixture("outbox.json");
        List<WorkoutSession> v1 = SessionCodec.readList(json);
        List<Workout> v2 = SchemaOneUpgrade.readSessionList(json);
        assertEquals(v1.size(), v2.size());
        for (int i = 0; i < v1.size(); i++) {
            assertSurvives(v1.get(i), v2.get(i));
        }
    }

    @Test
    void aSchemaOneTemplateReadsAsWeightRepsNormalSets() {
        String json = fixture("template.json");
        Template t = SchemaOneUpgrade.readTemplate(json);
        assertEquals("t1", t.id());
        assertEquals("Push day", t.name());
        assertEquals(3, t.exercises().size());
        TemplateExercise bench = t.exercises().get(0);
        assertEquals(ExerciseKind.WEIGHT_REPS, bench.kind());
        assertEquals(120, bench.restSeconds());
        assertEquals(List.of(new TemplateSet(SetType.NORMAL, new Targets(8, 60, 0, 0)),
                new TemplateSet(SetType.NORMAL, new Targets(8, 62.5, 0, 0)),
                new TemplateSet(SetType.NORMAL, new Targets(6, 65, 0, 0))), bench.sets());
        assertEquals(t, SchemaOneUpgrade.readTemplate(TemplateCodecV2.write(t)));
    }

    @Test
    void aSchemaOneExportKeepsEveryTemplateAndWorkout() {
        String json = fixture("export.json");
        ExportCodec.Export v1 = ExportCodec.read(json);
        ExportCodecV2.Export v2 = ExportCodecV2.read(json);
        assertEquals(v1.exportedAt(), v2.exportedAt());
        assertEquals(v1.templates().size(), v2.templates().size());
        for (int i = 0; i < v1.templates().size(); i++) {
            WorkoutTemplate before = v1.templates().get(i);
            assertEquals(SchemaOneUpgrade.template(before), v2.templates().get(i));
            assertEquals(before.exercises().size(), v2.templates().get(i).exercises().size());
        }
        assertEquals(v1.workouts().size(), v2.workouts().size());
        for (int i = 0; i < v1.workouts().size(); i++) {
            assertSurvives(v1.workouts().get(i), v2.workouts().get(i));
        }
        ExportCodecV2.Export again = ExportCodecV2.read(ExportCodecV2.write(v2));
        assertEquals(v2, again);
        assertFalse(ExportCodecV2.write(v2).contains("\"version\":1"));
    }
}
