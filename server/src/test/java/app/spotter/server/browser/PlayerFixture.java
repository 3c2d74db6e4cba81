package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spotter.json.Json;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.support.Browser;
import app.spotter.server.support.RunningServer;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.SetType;
import app.spotter.workout.Stamp;
import app.spotter.workout.Targets;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateCodecV2;
import app.spotter.workout.TemplateExercise;
import app.spotter.workout.TemplateSet;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import app.spotter.workout.WorkoutExercise;
import app.spotter.workout.WorkoutSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real server on a temp database with two known templates, and one HtmlUnit browser, for the player tests. */
final class PlayerFixture implements AutoCloseable {
    // The same templates in the previous wire format, for a server whose /api/templates does not speak schema 2 yet.
    private static final String PUSH_V1 = "{\"name\":\"Push day\",\"exercises\":["
            + "{\"name\":\"Bench press\",\"restSeconds\":90,\"sets\":[{\"reps\":8,\"weight\":60},"
            + "{\"reps\":8,\"weight\":62.5}]},"
            + "{\"name\":\"Overhead press\",\"restSeconds\":60,\"sets\":[{\"reps\":10,\"weight\":40}]}]}";
    private static final String LEGS_V1 = "{\"name\":\"Leg day\",\"exercises\":["
            + "{\"name\":\"Squat\",\"restSeconds\":120,\"sets\":[{\"reps\":5,\"weight\":100},"
            + "{\"reps\":5,\"weight\":100}]}]}";

    final RunningServer server;
    final Browser browser = new Browser();
    /** Bench press 2 x (8 x 60, 8 x 62.5) with 90 s rest, then Overhead press 1 x 10 x 40 with 60 s rest. */
    final Template push;
    /** Squat 2 x 5 x 100 with 120 s rest. */
    final Template legs;

    PlayerFixture(Path dir) {
        server = RunningServer.start(dir);
        browser.signedInAs(server.owner());
        push = saved(new Template("", "Push day", "", List.of(
                lift("Bench press", 90, new Targets(8, 60, 0, 0), new Targets(8, 62.5, 0, 0)),
                lift("Overhead press", 60, new Targets(10, 40, 0, 0)))), PUSH_V1);
        legs = saved(new Template("", "Leg day", "", List.of(
                lift("Squat", 120, new Targets(5, 100, 0, 0), new Targets(5, 100, 0, 0)))), LEGS_V1);
    }

    private static TemplateExercise lift(String name, int rest, Targets... sets) {
        List<TemplateSet> planned = new ArrayList<>();
        for (Targets targets : sets) {
            planned.add(new TemplateSet(SetType.NORMAL, targets));
        }
        return new TemplateExercise(name, ExerciseKind.WEIGHT_REPS, rest, "", "", planned);
    }

    private Template saved(Template template, String v1) {
        Reply reply = server.post("/api/templates", TemplateCodecV2.write(template));
        if (reply.status() == 400) {
            reply = server.post("/api/templates", v1);
        }
        assertEquals(201, reply.status(), reply.body());
        return template.withId(Json.parseObject(reply.body()).getString("id"));
    }

    PlayerScreen open(String path) {
        return new PlayerScreen(browser.open(server.url(path)));
    }

    /** The server's draft, or null when it has none. */
    Workout serverDraft() {
        Reply reply = server.get("/api/session-draft");
        return reply.status() == 204 ? null : WorkoutCodec.read(reply.body());
    }

    /** The logged workouts, newest first. */
    List<Workout> logged() {
        return WorkoutCodec.readList(server.get("/api/workouts").body());
    }

    /** A workout of {@code template} put on the server as another device would, started {@code agoMillis} ago. */
    Workout startedElsewhere(Template template, String sessionId, long agoMillis) {
        long startedAt = System.currentTimeMillis() - agoMillis;
        Workout workout = SessionEdits.start(template, sessionId, new Stamp(startedAt, 0, "laptop"), startedAt);
        workout = SetEdits.undoSet(SetEdits.completeSet(workout, "e0", "e0.s0", new Stamp(startedAt + 1000, 0,
                "laptop"), startedAt + 1000), "e0", "e0.s0", new Stamp(startedAt + 2000, 0, "laptop"));
        workout = SessionEdits.skipRest(workout, new Stamp(startedAt + 2000, 1, "laptop"));
        Reply reply = server.put("/api/session-draft?baseRevision=0", WorkoutCodec.write(workout));
        assertEquals(200, reply.status(), reply.body());
        return workout;
    }

    /** A set by its place on screen (visible order), or null. */
    static WorkoutSet set(Workout workout, int exercise, int set) {
        List<WorkoutExercise> visible = workout.visibleExercises();
        if (exercise >= visible.size() || set >= visible.get(exercise).visibleSets().size()) {
            return null;
        }
        return visible.get(exercise).visibleSets().get(set);
    }

    static boolean done(Workout workout, int exercise, int set) {
        WorkoutSet found = workout == null ? null : set(workout, exercise, set);
        return found != null && found.isDone();
    }

    @Override
    public void close() {
        browser.close();
        server.close();
    }
}
