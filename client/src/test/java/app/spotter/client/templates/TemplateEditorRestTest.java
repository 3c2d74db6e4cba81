package app.spotter.client.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The rest of an exercise in the template editor: a time ("2:00") or a window ("2:00" up to "3:00"). */
class TemplateEditorRestTest {
    private final FakeServer server = new FakeServer();
    private final TemplateEditor editor = new TemplateEditor(new TemplateApi(server),
            new FakeRouter(Route.NEW_TEMPLATE), WeightUnit.KG);

    private TemplateForm squats() {
        editor.open("");
        TemplateForm form = editor.form();
        form.editName("Legs");
        form.editExerciseName(0, "Squat");
        form.editReps(0, 0, "5");
        form.editWeight(0, 0, "100");
        return form;
    }

    @Test
    void aRestTypedAsMinutesAndSecondsWithAnUpToIsSavedAsAWindow() {
        TemplateForm form = squats();
        form.editRest(0, "2:00");
        form.editRestMax(0, "3:00");
        editor.save();
        TemplateExercise sent = TemplateCodecV2.read(server.last().body()).exercises().get(0);
        assertEquals(120, sent.restSeconds());
        assertEquals(180, sent.restMaxSeconds());
    }

    @Test
    void anEmptyUpToIsASingleRestAndWholeSecondsStillWork() {
        TemplateForm form = squats();
        assertEquals("01:30", form.typed().exercises.get(0).rest, "a new exercise rests 1:30");
        form.editRest(0, "90");
        editor.save();
        String body = server.last().body();
        assertEquals(90, TemplateCodecV2.read(body).exercises().get(0).restSeconds());
        assertTrue(!body.contains("restMaxSeconds"), body);
    }

    @Test
    void aStoredWindowIsShownBackAsMinutesAndSecondsInTheTwoBoxes() {
        editor.open("t3");
        server.last().answer(200, TemplateCodecV2.write(new Template("t3", "Legs", "", List.of(
                new TemplateExercise("Squat", ExerciseKind.WEIGHT_REPS, 120, 180, "", "",
                        List.of(new TemplateSet(SetType.NORMAL, new Targets(5, 100, 0, 0)))),
                new TemplateExercise("Curl", ExerciseKind.WEIGHT_REPS, 75, "", "",
                        List.of(new TemplateSet(SetType.NORMAL, new Targets(10, 12, 0, 0))))))));
        TypedExercise squat = editor.form().typed().exercises.get(0);
        assertEquals("02:00", squat.rest);
        assertEquals("03:00", squat.restMax);
        TypedExercise curl = editor.form().typed().exercises.get(1);
        assertEquals("01:15", curl.rest);
        assertEquals("", curl.restMax);
    }

    @Test
    void anUpToShorterThanTheRestOrNotATimeIsAFieldErrorAndNothingIsSent() {
        TemplateForm form = squats();
        form.editRest(0, "2:00");
        form.editRestMax(0, "1:30");
        editor.save();
        assertTrue(server.requests.isEmpty());
        assertEquals("Longest rest must not be shorter than the rest (02:00)",
                editor.form().errorFor("exercises[0].restMaxSeconds"));

        editor.form().editRestMax(0, "3 min");
        editor.save();
        assertTrue(server.requests.isEmpty());
        assertEquals(TypedRest.MAX_NOT_A_TIME, editor.form().errorFor("exercises[0].restMaxSeconds"));

        editor.form().editRest(0, "2:75");
        editor.form().editRestMax(0, "");
        editor.save();
        assertEquals(TypedRest.NOT_A_TIME, editor.form().errorFor("exercises[0].restSeconds"));
    }
}
