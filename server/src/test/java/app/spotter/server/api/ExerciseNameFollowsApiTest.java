package app.spotter.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import app.spotter.catalog.CustomExercise;
import app.spotter.catalog.CustomExerciseCodec;
import app.spotter.history.LoggedWorkout;
import app.spotter.json.Json;
import app.spotter.server.support.ApiClient;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.SessionDocs;
import app.spotter.server.support.TemplateDocs;
import app.spotter.workout.DraftAnswerCodec;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetType;
import app.spotter.workout.Targets;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateCodecV2;
import app.spotter.workout.TemplateExercise;
import app.spotter.workout.TemplateSet;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renaming a custom exercise or merging it into another (issue 11) reaches every place the user stored its name:
 * templates, the live session draft (at a new revision, so a device is sent it) and every logged workout, also one
 * with no done set of it; other users' data keeps the old name.
 */
class ExerciseNameFollowsApiTest {
    /** Monday 2024-01-01 00:00 UTC. */
    private static final long MONDAY = 1_704_067_200_000L;
    private static final long DAY = 86_400_000L;
    private static final String OLD = "Anderson Squat";

    @TempDir
    Path dir;
    private RunningServer server;
    private CustomExercise anderson;
    private String templateId;
    private String membersTemplateId;
    private ApiClient member;
    private Workout deviceDraft;

    @BeforeEach
    void storeTheOldNameEverywhere() {
        server = RunningServer.start(dir);
        Reply added = server.post("/api/custom-exercises", CustomExerciseCodec.writeNew(
                new CustomExercise("", OLD, "weight_reps", "quads", "barbell", 0)));
        assertEquals(201, added.status(), added.body());
        anderson = CustomExerciseCodec.read(added.body());
        templateId = postTemplate(server.owner());
        member = server.addMember("sam", RunningServer.PASSWORD);
        membersTemplateId = postTemplate(member);

        log(LoggedWorkout.named("a", "Legs", MONDAY).exercise(OLD, ExerciseKind.WEIGHT_REPS).reps(5, 100)
                .finish(1800));
        log(LoggedWorkout.named("b", "Legs", MONDAY + DAY).exercise("anderson squat", ExerciseKind.WEIGHT_REPS)
                .set(SetType.NORMAL, 5, 100, 0, 0, false).exercise("Row", ExerciseKind.WEIGHT_REPS).reps(8, 60)
                .finish(1800));

        Template plan = TemplateCodecV2.read(server.get("/api/templates/" + templateId).body());
        deviceDraft = SessionDocs.start(plan, "live", MONDAY + 2 * DAY, "phone");
        Reply synced = server.put("/api/session-draft?baseRevision=0", SessionDocs.json(deviceDraft));
        assertEquals(200, synced.status(), synced.body());
        assertEquals(1, DraftAnswerCodec.readSaved(synced.body(), 0).revision());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String postTemplate(ApiClient client) {
        List<TemplateSet> sets = List.of(new TemplateSet(SetType.NORMAL, new Targets(5, 100, 0, 0)));
        Template legs = new Template("", "Legs", "", List.of(
                new TemplateExercise(OLD, ExerciseKind.WEIGHT_REPS, 120, "", "", sets),
                new TemplateExercise("Row", ExerciseKind.WEIGHT_REPS, 90, "", "", sets)));
        Reply created = client.post("/api/templates", TemplateDocs.body(legs));
        assertEquals(201, created.status(), created.body());
        return TemplateCodecV2.read(created.body()).id();
    }

    private void log(Workout workout) {
        Reply reply = server.post("/api/workouts", WorkoutCodec.write(workout));
        assertEquals(201, reply.status(), reply.body());
    }

    private void assertEverywhereNamed(String name) {
        Template plan = TemplateCodecV2.read(server.get("/api/templates/" + templateId).body());
        assertEquals(List.of(name, "Row"), plan.exercises().stream().map(TemplateExercise::name).toList(),
                "the template");
        assertEquals(name, SessionDocs.read(server.get("/api/session-draft").body()).exercise("e0").nameValue(),
                "the draft");
        assertEquals(name, logged("a").visibleExercises().get(0).nameValue(), "a workout with done sets");
        assertEquals(name, logged("b").visibleExercises().get(0).nameValue(), "a workout with none done of it");
        assertEquals("Row", logged("b").visibleExercises().get(1).nameValue());
        assertEquals(1, progress(name).size(), "progress");
        assertEquals(0, progress(OLD).size());

        Reply late = server.put("/api/session-draft?baseRevision=1", SessionDocs.json(deviceDraft));
        assertEquals(200, late.status(), late.body());
        DraftAnswerCodec.Saved saved = DraftAnswerCodec.readSaved(late.body(), 0);
        assertEquals(2, saved.revision(), "the change is a new revision of the draft");
        assertNotNull(saved.draft(), "the device that had revision 1 is sent the draft");
        assertEquals(name, saved.draft().exercise("e0").nameValue(), "its older copy does not bring the name back");

        Template members = TemplateCodecV2.read(member.get("/api/templates/" + membersTemplateId).body());
        assertEquals(OLD, members.exercises().get(0).name(), "another user's template is theirs");
    }

    private Workout logged(String id) {
        Reply reply = server.get("/api/workouts/" + id);
        assertEquals(200, reply.status(), reply.body());
        return WorkoutCodec.read(reply.body());
    }

    private List<Object> progress(String exercise) {
        Reply reply = server.get("/api/progress?exercise=" + exercise.replace(" ", "%20"));
        assertEquals(200, reply.status(), reply.body());
        return Json.parseArray(reply.body());
    }

    @Test
    void a_rename_reaches_the_template_the_draft_and_every_logged_workout() {
        Reply renamed = server.put("/api/custom-exercises/" + anderson.id(), CustomExerciseCodec.writeNew(
                new CustomExercise("", "Anderson Front Squat", "weight_reps", "quads", "barbell", 0)));
        assertEquals(200, renamed.status(), renamed.body());
        assertEverywhereNamed("Anderson Front Squat");
    }

    @Test
    void a_merge_reaches_the_template_the_draft_and_every_logged_workout() {
        Reply merged = server.post("/api/exercises/merge",
                "{\"from\":\"" + anderson.id() + "\",\"into\":\"back-squat\"}");
        assertEquals(200, merged.status(), merged.body());
        assertEquals(2, Json.parseObject(merged.body()).getInt("workouts"), merged.body());
        assertEverywhereNamed("Back Squat");
    }
}
