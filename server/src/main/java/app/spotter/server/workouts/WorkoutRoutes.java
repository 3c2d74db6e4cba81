package app.spotter.server.workouts;

import app.spotter.server.auth.CurrentUser;
import app.spotter.server.http.Api;
import app.spotter.server.http.ApiException;
import app.spotter.server.http.QueryParams;
import app.spotter.workout.SessionEndedCodec;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import io.javalin.http.Context;
import java.util.function.LongSupplier;

/** HTTP for the workout log: {@code /api/workouts}, schema-2 documents in and out. */
public final class WorkoutRoutes {
    private static final int PAGE_DEFAULT = 50;
    private static final int PAGE_MAX = 200;

    private final WorkoutLog log;
    private final LongSupplier clock;

    public WorkoutRoutes(WorkoutLog log, LongSupplier clock) {
        this.log = log;
        this.clock = clock;
    }


    /** 201 first time, 200 when merged into the logged copy, 410 for a tombstone unless {@code ?restore=true}. */
    public void logWorkout(Context ctx) {
        Workout finished = WorkoutCodec.requireFinished(WorkoutCodec.read(Api.jsonBody(ctx), clock.getAsLong()));
        WorkoutLog.Outcome outcome = log.log(CurrentUser.id(ctx), finished, "true".equals(ctx.queryParam("restore")));
        WorkoutLog.Outcome.Stored stored = storedOrThrow(outcome);
        Api.jsonText(ctx, stored.created() ? 201 : 200, stored.json());
    }

    public void list(Context ctx) {
        long before = QueryParams.longValue(ctx, "before", 0);
        int limit = (int) Math.min(PAGE_MAX, Math.max(1, QueryParams.longValue(ctx, "limit", PAGE_DEFAULT)));
        JsonArray page = new JsonArray();
        for (Workout workout : log.page(CurrentUser.id(ctx), before, ctx.queryParam("beforeId"), limit)) {
            page.add(document(workout));
        }
        Api.json(ctx, 200, page);
    }

    public void get(Context ctx) {
        Workout workout = log.find(CurrentUser.id(ctx), ctx.pathParam("id"))
                .orElseThrow(() -> ApiException.notFound("Workout"));
        Api.json(ctx, 200, document(workout));
    }

    /** Merges in a device's copy of a session that was logged (elsewhere, or before that device's last change). */
    public void amend(Context ctx) {
        Workout copy = WorkoutCodec.read(Api.jsonBody(ctx), clock.getAsLong());
        if (!copy.sessionId().equals(ctx.pathParam("id"))) {
            throw ApiException.invalid("sessionId", "sessionId must be the workout's id");
        }
        WorkoutLog.Outcome outcome = log.amend(CurrentUser.id(ctx), copy);
        if (outcome instanceof WorkoutLog.Outcome.Missing) {
            throw ApiException.notFound("Workout");
        }
        Api.jsonText(ctx, 200, storedOrThrow(outcome).json());
    }

    public void delete(Context ctx) {
        if (!log.delete(CurrentUser.id(ctx), ctx.pathParam("id"))) {
            throw ApiException.notFound("Workout");
        }
        ctx.status(204);
    }

    private static WorkoutLog.Outcome.Stored storedOrThrow(WorkoutLog.Outcome outcome) {
        if (outcome instanceof WorkoutLog.Outcome.Gone gone) {
            throw gone(gone.reason());
        }
        return (WorkoutLog.Outcome.Stored) outcome;
    }

    /** 410 for a session that was discarded or deleted; {@code ?restore=true} brings it back. */
    public static ApiException gone(String reason) {
        return ApiException.gone("sessionId",
                "This workout was " + reason + "; send it with ?restore=true to bring it back")
                .with(SessionEndedCodec.members(SessionEndedCodec.Ended.because(reason)));
    }

    // The bare document (its id is its sessionId), so every reader takes it with the strict WorkoutCodec.
    private static JsonObject document(Workout workout) {
        return WorkoutCodec.toJson(workout);
    }
}
