package app.spotter.client.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.client.Route;
import app.spotter.history.WeightUnit;
import app.spotter.validation.TypedRest;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetType;
import app.spotter.workout.Targets;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateCodecV2;
import app.spotter.workout.TemplateExercise;
import app.spotter.workout.TemplateSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateEditorTest {
    private final FakeServer server = new FakeServer();
    private final FakeRouter router = new FakeRouter(Route.NEW_TEMPLATE);
    private final TemplateEditor editor = new TemplateEditor(new TemplateApi(server), router, WeightUnit.KG);
    private int draws;

    TemplateEditorTest() {
        editor.onChange(() -> draws++);
    }

    @Test
    void savingANewTemplatePostsItAndReturnsToTheList() {
        editor.open("");
        TemplateForm form = editor.form();
        form.editName("Leg day");
        form.editExerciseName(0, "Squat");
        form.editRest(0, "180");
        form.editReps(0, 0, "5");
        form.editWeight(0, 0, "100");

        editor.save();

        assertEquals("POST /api/templates", server.last().line());
        Template sent = TemplateCodecV2.read(server.last().body());
        assertEquals(new Template("", "Leg day", "", List.of(new TemplateExercise("Squat", ExerciseKind.WEIGHT_REPS,
                180, "", "", List.of(new TemplateSet(SetType.NORMAL, new Targets(5, 100, 0, 0)))))), sent);
        assertEquals(TemplateEditor.Status.SAVING, editor.status());
        assertTrue(router.visited.isEmpty(), "stays until the server has stored it");

        server.last().answer(201, SampleTemplates.json(sent.withId("t1")));

        assertEquals(List.of(Route.TEMPLATES), router.visited);
    }

    @Test
    void editingLoadsTheStoredTemplateAndSavingPutsItBack() {
        editor.open("t7");
        assertEquals(TemplateEditor.Status.LOADING, editor.status());
        assertEquals("GET /api/templates/t7", server.last().line());

        server.last().answer(200, SampleTemplates.json(SampleTemplates.push("t7")));

        assertEquals(TemplateEditor.Status.EDITING, editor.status());
        assertEquals(1, draws);
        TypedTemplate typed = editor.form().typed();
        assertEquals("Push day", typed.name);
        assertEquals("62.5", typed.exercises.get(0).sets.get(1).weight);
        assertEquals("60", typed.exercises.get(0).sets.get(0).weight, "no trailing .0 to delete by hand");

        editor.form().editReps(1, 0, "12");
        editor.save();

        assertEquals("PUT /api/templates/t7", server.last().line());
        Template sent = TemplateCodecV2.read(server.last().body());
        assertEquals("t7", sent.id());
        assertEquals(12, sent.exercises().get(1).sets().get(0).targets().reps());
        server.last().answer(200, server.last().body());
        assertEquals(List.of(Route.TEMPLATES), router.visited);
    }

    @Test
    void aCommaWorksAsTheDecimalPointOfAWeight() {
        editor.open("");
        fillValidly();
        editor.form().editWeight(0, 0, "62,5");

        editor.save();

        assertEquals(62.5, TemplateCodecV2.read(server.last().body()).exercises().get(0).sets().get(0).targets().weight());
    }

    @Test
    void emptyOrNonNumericBoxesAreFieldErrorsAndNothingIsSent() {
        editor.open("");
        fillValidly();
        editor.form().editRest(0, "");
        editor.form().editReps(0, 0, "eight");
        editor.form().editWeight(0, 0, "1e3");

        editor.save();

        assertTrue(server.requests.isEmpty());
        assertEquals(TemplateEditor.Status.EDITING, editor.status());
        TemplateForm form = editor.form();
        assertEquals(TypedRest.NOT_A_TIME, form.errorFor("exercises[0].restSeconds"));
        assertEquals(TypedTemplateReader.REPS_NOT_A_NUMBER, form.errorFor("exercises[0].sets[0].targets.reps"));
        assertEquals(TypedTemplateReader.weightNotANumber(form.typed()), form.errorFor("exercises[0].sets[0].targets.weight"));
        assertEquals(3, form.errors().size());
    }

    @Test
    void valuesOutOfRangeGetTheSharedValidatorsMessage() {
        editor.open("");
        fillValidly();
        editor.form().editWeight(0, 0, "-5");
        editor.form().editReps(0, 0, "99999999999");

        editor.save();

        assertEquals("Weight must be between 0 and 2000 kg", editor.form().errorFor("exercises[0].sets[0].targets.weight"));
        assertEquals("Reps must be between 0 and 1000", editor.form().errorFor("exercises[0].sets[0].targets.reps"));
    }

    @Test
    void noErrorIsShownBeforeTheFirstSave() {
        editor.open("");
        editor.form().editReps(0, 0, "x");

        assertTrue(editor.form().errors().isEmpty());
    }

    @Test
    void onceSaveWasTriedErrorsFollowEveryEdit() {
        editor.open("");
        editor.save();
        assertEquals("Name is required", editor.form().errorFor("name"));

        editor.form().editName("Arms");
        assertEquals("", editor.form().errorFor("name"));

        editor.form().editWeight(0, 0, "heavy");
        assertEquals(TypedTemplateReader.weightNotANumber(editor.form().typed()),
                editor.form().errorFor("exercises[0].sets[0].targets.weight"));
    }

    @Test
    void theFirstErrorInReadingOrderGetsTheFocus() {
        editor.open("");
        assertEquals("name", editor.form().takeFocus(), "a new template starts at its name");
        editor.form().editName("Arms");
        editor.form().editReps(0, 0, "");

        editor.save();

        assertEquals("exercises[0].name", editor.form().takeFocus());
        assertEquals("", editor.form().takeFocus(), "handed out once");
    }

    @Test
    void aRefusedSaveShowsTheServersMessageNextToItsField() {
        editor.open("");
        fillValidly();
        editor.save();

        server.last().answer(400, "{\"error\":\"You already have a template called Legs\",\"field\":\"name\"}");

        assertEquals(TemplateEditor.Status.EDITING, editor.status());
        assertEquals("You already have a template called Legs", editor.form().errorFor("name"));
        assertEquals("name", editor.form().takeFocus());
        assertEquals("", editor.problem());
        assertTrue(router.visited.isEmpty());
        assertEquals(1, draws);
    }

    @Test
    void aRefusalAboutNoShownFieldIsShownAsAProblem() {
        editor.open("");
        fillValidly();
        editor.save();

        server.last().answer(413, "{\"error\":\"Request body too large\"}");

        assertEquals("Request body too large", editor.problem());
        assertTrue(editor.form().errors().isEmpty());
    }

    @Test
    void anUnreachableServerKeepsWhatWasTypedToSaveAgain() {
        editor.open("");
        fillValidly();
        editor.save();

        server.last().unreachable();

        assertTrue(editor.problem().contains("cannot be reached"));
        assertEquals("Legs", editor.form().typed().name);
        editor.save();
        assertEquals(2, server.requests.size());
        assertEquals("", editor.problem(), "a new attempt clears the old message");
    }

    @Test
    void saveIsIgnoredWhileTheLastSaveIsOnItsWay() {
        editor.open("");
        fillValidly();

        editor.save();
        editor.save();

        assertEquals(1, server.requests.size());
    }

    @Test
    void exercisesMoveUpAndDownAndNotPastTheEnds() {
        editor.open("");
        editor.form().editExerciseName(0, "A");
        editor.form().addExercise();
        editor.form().editExerciseName(1, "B");

        editor.form().moveExercise(1, -1);
        assertEquals(List.of("B", "A"), exerciseNames());

        editor.form().moveExercise(0, -1);
        editor.form().moveExercise(1, 1);
        assertEquals(List.of("B", "A"), exerciseNames());
    }

    @Test
    void addingAnExerciseFocusesItsName() {
        editor.open("");
        editor.form().takeFocus();

        editor.form().addExercise();

        assertEquals(2, editor.form().typed().exercises.size());
        assertEquals("exercises[1].name", editor.form().takeFocus());
    }

    @Test
    void aNewSetCopiesTheLastSetOfItsExercise() {
        editor.open("");
        editor.form().editReps(0, 0, "6");
        editor.form().editWeight(0, 0, "82.5");

        editor.form().addSet(0);

        TypedSet added = editor.form().typed().exercises.get(0).sets.get(1);
        assertEquals("6", added.reps);
        assertEquals("82.5", added.weight);
        assertEquals("exercises[0].sets[1].targets.weight", editor.form().takeFocus(), "its first box");
    }

    @Test
    void removingEveryExerciseIsCaughtOnSave() {
        editor.open("");
        editor.form().editName("Empty");
        editor.form().removeExercise(0);

        editor.save();

        assertEquals("Add at least 1 exercise(s)", editor.form().errorFor("exercises"));
        assertTrue(server.requests.isEmpty());
    }

    @Test
    void removingASetShiftsTheLaterSetsUp() {
        editor.open("");
        editor.form().editReps(0, 0, "5");
        editor.form().addSet(0);
        editor.form().editReps(0, 1, "3");

        editor.form().removeSet(0, 0);

        assertEquals(1, editor.form().typed().exercises.get(0).sets.size());
        assertEquals("3", editor.form().typed().exercises.get(0).sets.get(0).reps);
    }

    @Test
    void noMoreSetsThanTheLimitCanBeAdded() {
        editor.open("");
        for (int i = 0; i < 30; i++) {
            editor.form().addSet(0);
        }

        assertEquals(20, editor.form().typed().exercises.get(0).sets.size());
        assertFalse(editor.form().canAddSet(0));
    }

    @Test
    void cancelWithoutChangesGoesBackToTheListAtOnce() {
        editor.open("");

        editor.cancel();

        assertEquals(List.of(Route.TEMPLATES), router.visited);
        assertTrue(server.requests.isEmpty());
    }

    @Test
    void cancelAfterChangesAsksBeforeThrowingThemAway() {
        editor.open("");
        editor.form().editName("Half done");

        editor.cancel();
        assertTrue(editor.discardAsked());
        assertTrue(router.visited.isEmpty());

        editor.keepEditing();
        assertFalse(editor.discardAsked());
        assertEquals("Half done", editor.form().typed().name);

        editor.cancel();
        editor.discard();
        assertEquals(List.of(Route.TEMPLATES), router.visited);
        assertTrue(server.requests.isEmpty());
    }

    @Test
    void aTemplateThatCannotBeLoadedSaysWhy() {
        editor.open("gone");

        server.last().answer(404, "{\"error\":\"No such template\"}");

        assertEquals(TemplateEditor.Status.LOAD_FAILED, editor.status());
        assertEquals("No such template", editor.problem());
    }

    @Test
    void anAnswerArrivingAfterTheEditorClosedNeitherNavigatesNorDraws() {
        editor.open("");
        fillValidly();
        editor.save();

        editor.close();
        server.last().answer(201, SampleTemplates.json(SampleTemplates.named("t1", "Legs")));

        assertTrue(router.visited.isEmpty());
        assertEquals(0, draws);
    }

    private void fillValidly() {
        TemplateForm form = editor.form();
        form.editName("Legs");
        form.editExerciseName(0, "Squat");
        form.editRest(0, "120");
        form.editReps(0, 0, "5");
        form.editWeight(0, 0, "100");
    }

    private List<String> exerciseNames() {
        return editor.form().typed().exercises.stream().map(exercise -> exercise.name).toList();
    }
}
