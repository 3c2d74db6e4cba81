package app.spotter.server.exercises;

import app.spotter.catalog.CustomExerciseCodec;
import app.spotter.catalog.ExerciseMerged;
import app.spotter.catalog.ExerciseMergedCodec;
import app.spotter.json.Json;
import app.spotter.json.JsonFields;
import app.spotter.server.auth.CurrentUser;
import app.spotter.server.http.Api;
import app.spotter.server.http.ApiException;
import com.grack.nanojson.JsonObject;
import io.javalin.http.Context;

/**
 * HTTP for a user's own exercises: {@code /api/custom-exercises} ({@link CustomExerciseCodec} in and out) and
 * {@code POST /api/exercises/merge} (answered with {@link ExerciseMergedCodec}).
 */
public final class CustomExerciseRoutes {
    private final CustomExerciseStore store;
    private final ExerciseMerge merges;

    public CustomExerciseRoutes(CustomExerciseStore store, ExerciseMerge merges) {
        this.store = store;
        this.merges = merges;
    }

    public void list(Context ctx) {
        Api.jsonText(ctx, 200, CustomExerciseCodec.writeList(store.list(CurrentUser.id(ctx))));
    }

    public void add(Context ctx) {
        Api.jsonText(ctx, 201, CustomExerciseCodec.write(store.add(CurrentUser.id(ctx),
                CustomExerciseCodec.readNew(Api.jsonBody(ctx)))));
    }

    public void update(Context ctx) {
        Api.jsonText(ctx, 200, CustomExerciseCodec.write(store.update(CurrentUser.id(ctx), ctx.pathParam("id"),
                CustomExerciseCodec.readNew(Api.jsonBody(ctx))).orElseThrow(CustomExerciseRoutes::notFound)));
    }

    public void delete(Context ctx) {
        if (!store.delete(CurrentUser.id(ctx), ctx.pathParam("id"))) {
            throw notFound();
        }
        ctx.status(204);
    }

    public void merge(Context ctx) {
        JsonObject body = Json.parseObject(Api.jsonBody(ctx));
        ExerciseMerged merged = merges.merge(CurrentUser.id(ctx), JsonFields.string(body, "from", ""),
                JsonFields.string(body, "into", ""));
        Api.jsonText(ctx, 200, ExerciseMergedCodec.write(merged));
    }

    private static ApiException notFound() {
        return ApiException.notFound("Exercise");
    }
}
