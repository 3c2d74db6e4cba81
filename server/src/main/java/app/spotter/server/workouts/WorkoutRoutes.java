package app.spotter.server.workouts;

import app.spotter.json.SessionCodec;
import app.spotter.server.auth.CurrentUser;
import app.spotter.server.http.Api;
import app.spotter.server.http.ApiException;
import app.spotter.server.http.QueryParams;
import app.spotter.session.WorkoutSession;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** HTTP for the workout log: {@code /api/workouts} (the client's {@code LoggingService.logWorkout}). */
public final class WorkoutRoutes {
    private static final int PAGE_DEFAULT = 50;
    private static final int PAGE_MAX = 200;

    private final WorkoutLog log;

    public WorkoutRoutes(WorkoutLog log) {
        this.log = log;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/workouts", this::logWorkout);
        routes.get("/api/workouts", this::list);
        routes.get("/api/workouts/{id}", this::get);
        routes.delete("/api/workouts/{id}", this::delete);
        routes.post("/api/workouts/{id}/amend", this::amend);
    }

    private void logWorkout(Context ctx) {
        WorkoutSession workout = SessionCodec.read(Api.jsonBody(ctx));
        if (!workout.isFinished()) {
            throw ApiException.badRequest("finishedAt is required to log a workout", "finishedAt");
        }
        String userId = CurrentUser.id(ctx);
        boolean created = log.log(userId, workout);
        WorkoutSession stored = created ? workout : log.find(userId, workout.sessionId()).orElseThrow();
        Api.json(ctx, created ? 201 : 200, withId(stored));
    }

    private void list(Context ctx) {
        long before = QueryParams.longValue(ctx, "before", 0);
        int limit = (int) Math.min(PAGE_MAX, Math.max(1, QueryParams.longValue(ctx, "limit", PAGE_DEFAULT)));
        JsonArray page = new JsonArray();
        for (WorkoutSession workout : log.page(CurrentUser.id(ctx), before, limit)) {
            page.add(withId(workout));
        }
        Api.json(ctx, 200, page);
    }

    private void get(Context ctx) {
        WorkoutSession workout = log.find(CurrentUser.id(ctx), ctx.pathParam("id"))
                .orElseThrow(() -> ApiException.notFound("Workout"));
        Api.json(ctx, 200, withId(workout));
    }

    /** Takes in the changes a device made after the workout was logged elsewhere (body: that device's copy). */
    private void amend(Context ctx) {
        WorkoutSession copy = SessionCodec.read(Api.jsonBody(ctx));
        if (!copy.sessionId().equals(ctx.pathParam("id"))) {
            throw ApiException.badRequest("sessionId must be the workout's id", "sessionId");
        }
        WorkoutSession amended = log.amend(CurrentUser.id(ctx), copy)
                .orElseThrow(() -> ApiException.notFound("Workout"));
        Api.json(ctx, 200, withId(amended));
    }

    private void delete(Context ctx) {
        if (!log.delete(CurrentUser.id(ctx), ctx.pathParam("id"))) {
            throw ApiException.notFound("Workout");
        }
        ctx.status(204);
    }

    // A logged workout is known by its session id.
    private static JsonObject withId(WorkoutSession workout) {
        JsonObject json = new JsonObject();
        json.put("id", workout.sessionId());
        json.putAll(SessionCodec.toJson(workout));
        return json;
    }
}
