package app.spotter.client.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.catalog.ExerciseCatalog;
import app.spotter.client.Route;
import app.spotter.history.WeightUnit;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetType;
import app.spotter.workout.Targets;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateCodecV2;
import app.spotter.workout.TemplateSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's model-2 powers: kinds and their targets, set types, supersets, notes, the catalog, pounds. */
class TemplateEditorKindsTest {
    private static final ExerciseCatalog CATALOG = ExerciseCatalog.parse(
            "plank\tPlank\tduration\tcore\tbodyweight\tFront Plank\n"
            + "running\tRunning\tdistance_duration\tcardio\tnone\tRun\n");
    private final FakeServer server = new FakeServer();
    private final FakeRouter router = new FakeRouter(Route.NEW_TEMPLATE);

    private TemplateEditor editor(WeightUnit unit) {
        return new TemplateEditor(new TemplateApi(server), router, unit);
    }

    private Template sent() {
        return TemplateCodecV2.read(server.last().body());
    }

    @Test
    void aPlankIsSavedAsThreeHoldsOfSixtySecondsWithNoRepsOrWeight() {
        TemplateEditor editor = editor(WeightUnit.KG);
        editor.open("");
        TemplateForm form = editor.form();
        form.editName("Core");
        form.editExerciseName(0, "Front plank");
        assertTrue(form.suggestKind(0, CATALOG), "the catalog knows a plank is a hold");
        assertEquals(ExerciseKind.DURATION, form.typed().exercises.get(0).kind);
        assertEquals(FieldPaths.exerciseName(0), form.takeFocus(), "the keyboard stays on the name");
        form.addSet(0);
        form.addSet(0);
        editor.save();

        Template sent = sent();
        assertEquals(ExerciseKind.DURATION, sent.exercises().get(0).kind());
        assertEquals(List.of(new TemplateSet(SetType.NORMAL, new Targets(0, 0, 60, 0)),
                new TemplateSet(SetType.NORMAL, new Targets(0, 0, 60, 0)),
                new TemplateSet(SetType.NORMAL, new Targets(0, 0, 60, 0))), sent.exercises().get(0).sets());
        assertFalse(server.last().body().contains("\"reps\""), server.last().body());
    }

    @Test
    void cardioTakesDistanceAndDurationAndAnUnknownNameKeepsTheChosenKind() {
        TemplateEditor editor = editor(WeightUnit.KG);
        editor.open("");
        TemplateForm form = editor.form();
        form.editName("Run");
        form.editExerciseName(0, "Running");
        assertTrue(form.suggestKind(0, CATALOG));
        form.editMetres(0, 0, "5000");
        form.editSeconds(0, 0, "1500");
        form.editExerciseName(0, "Hill sprints");
        assertFalse(form.suggestKind(0, CATALOG), "a name the catalog does not know changes nothing");
        editor.save();

        assertEquals(new Targets(0, 0, 1500, 5000), sent().exercises().get(0).sets().get(0).targets());
        assertEquals(ExerciseKind.DISTANCE_DURATION, sent().exercises().get(0).kind());
    }

    @Test
    void onlyTheBoxesOfTheKindAreCheckedAndNamedByTheirTargetPath() {
        TemplateEditor editor = editor(WeightUnit.KG);
        editor.open("");
        TemplateForm form = editor.form();
        form.editName("Core");
        form.editExerciseName(0, "Plank");
        form.editKind(0, ExerciseKind.DURATION);
        form.editReps(0, 0, "not a number");
        form.editSeconds(0, 0, "");
        editor.save();

        assertEquals(List.of(FieldPaths.duration(0, 0)), List.copyOf(form.errors().keySet()));
        assertEquals(TypedTemplateReader.SECONDS_NOT_A_NUMBER, form.errorFor("exercises[0].sets[0].targets.durationSeconds"));
        assertEquals(0, server.requests.size());
    }

    @Test
    void tickedExercisesBecomeOneSupersetAndSetTypesAndNotesAreKept() {
        TemplateEditor editor = editor(WeightUnit.KG);
        editor.open("");
        TemplateForm form = editor.form();
        form.editName("Arms");
        form.editNote("Short rests");
        form.editExerciseName(0, "Curl");
        form.addExercise();
        form.editExerciseName(1, "Pushdown");
        form.editSuperset(1, true);
        form.addExercise();
        form.editExerciseName(2, "Crunch");
        form.editKind(2, ExerciseKind.REPS_ONLY);
        form.editExerciseNote(2, "Slow");
        form.editSetType(0, 0, SetType.WARMUP);
        editor.save();

        Template sent = sent();
        assertEquals("Short rests", sent.note());
        assertEquals(List.of("ss1", "ss1", ""), sent.exercises().stream().map(e -> e.supersetGroup()).toList());
        assertEquals(SetType.WARMUP, sent.exercises().get(0).sets().get(0).type());
        assertEquals("Slow", sent.exercises().get(2).note());
        assertEquals(new Targets(10, 0, 0, 0), sent.exercises().get(2).sets().get(0).targets());
    }

    @Test
    void aStoredTemplateOfEveryKindComesBackUnchangedWhenSavedAsLoaded() {
        for (WeightUnit unit : WeightUnit.values()) {
            TemplateEditor editor = editor(unit);
            editor.open("t9");
            server.last().answer(200, SampleTemplates.json(SampleTemplates.everything("t9")));
            assertTrue(editor.form().typed().exercises.get(2).supersetWithAbove, "the superset is shown");
            editor.form().editName("Everything");
            editor.save();
            assertEquals(SampleTemplates.everything("t9"), sent(), "in " + unit.label());
        }
    }

    @Test
    void weightsAreShownAndTypedInPoundsAndSavedInKilograms() {
        TemplateEditor editor = editor(WeightUnit.LB);
        editor.open("t9");
        server.last().answer(200, SampleTemplates.json(SampleTemplates.everything("t9")));
        TypedSet heavy = editor.form().typed().exercises.get(0).sets.get(1);
        assertEquals("135", heavy.weight, "61.235 kg shows as 135 lb");
        editor.form().editWeight(0, 1, "140");
        editor.form().editWeight(0, 0, "95");
        editor.form().editWeight(0, 0, "88.2");
        editor.form().editWeight(4, 0, "70");
        editor.save();

        assertEquals(63.503, sent().exercises().get(0).sets().get(1).targets().weight(), 1e-9);
        assertEquals(40.0, sent().exercises().get(0).sets().get(0).targets().weight(),
                "typed back to what was shown (88.2 lb), the stored 40 kg stays exact");
        assertEquals(31.751, sent().exercises().get(4).sets().get(0).targets().weight(), 1e-9);
        assertEquals(TypedTemplateReader.weightNotANumber(editor.form().typed()), "Enter the weight in lb, like 135");
    }

    @Test
    void inPoundsAWeightOverTheLimitIsExplainedInPoundsAndSoIsTheServersAnswer() {
        TemplateEditor editor = editor(WeightUnit.LB);
        editor.open("t9");
        server.last().answer(200, SampleTemplates.json(SampleTemplates.everything("t9")));
        int before = server.requests.size();
        editor.form().editWeight(0, 0, "4410");
        editor.save();
        assertEquals(before, server.requests.size(), "nothing sent");
        assertEquals("Weight must be between 0 and 4409 lb",
                editor.form().errorFor("exercises[0].sets[0].targets.weight"));

        editor.form().editWeight(0, 0, "4409");
        editor.save();
        server.last().answer(400, "{\"error\": \"Weight must be between 0 and 2000 kg\","
                + " \"field\": \"exercises[0].sets[1].targets.weight\"}");
        assertEquals("Weight must be between 0 and 4409 lb",
                editor.form().errorFor("exercises[0].sets[1].targets.weight"), "the server speaks kg; shown in lb");
    }
}
