package app.spotter.server.templates;

import app.spotter.json.Json;
import app.spotter.json.JsonFields;
import app.spotter.json.TemplateCodec;
import app.spotter.server.auth.CurrentUser;
import app.spotter.server.http.Api;
import app.spotter.server.http.ApiException;
import app.spotter.templates.WorkoutTemplate;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/** HTTP for templates: {@code /api/templates}. */
public final class TemplateRoutes {
    private final TemplateStore store;

    public TemplateRoutes(TemplateStore store) {
        this.store = store;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/templates", this::list);
        routes.post("/api/templates", this::create);
        routes.put("/api/templates/order", this::reorder);
        routes.get("/api/templates/{id}", this::get);
        routes.put("/api/templates/{id}", this::update);
        routes.delete("/api/templates/{id}", this::delete);
    }

    private void list(Context ctx) {
        Api.jsonText(ctx, 200, TemplateCodec.writeList(store.list(CurrentUser.id(ctx))));
    }

    private void get(Context ctx) {
        WorkoutTemplate template = store.find(CurrentUser.id(ctx), ctx.pathParam("id")).orElseThrow(() -> notFound());
        Api.jsonText(ctx, 200, TemplateCodec.write(template));
    }

    private void create(Context ctx) {
        WorkoutTemplate created = store.create(CurrentUser.id(ctx), TemplateCodec.read(Api.jsonBody(ctx)));
        Api.jsonText(ctx, 201, TemplateCodec.write(created));
    }

    private void update(Context ctx) {
        WorkoutTemplate template = TemplateCodec.read(Api.jsonBody(ctx));
        WorkoutTemplate stored = store.update(CurrentUser.id(ctx), ctx.pathParam("id"), template).orElseThrow(() -> notFound());
        Api.jsonText(ctx, 200, TemplateCodec.write(stored));
    }

    private void delete(Context ctx) {
        if (!store.delete(CurrentUser.id(ctx), ctx.pathParam("id"))) {
            throw notFound();
        }
        ctx.status(204);
    }

    private void reorder(Context ctx) {
        JsonObject body = Json.parseObject(Api.jsonBody(ctx));
        JsonArray array = JsonFields.array(body, "ids", "");
        List<String> ids = new ArrayList<>();
        for (Object id : array) {
            if (!(id instanceof String)) {
                throw ApiException.badRequest("ids must be a list of template ids", "ids");
            }
            ids.add((String) id);
        }
        if (!store.reorder(CurrentUser.id(ctx), ids)) {
            throw ApiException.badRequest("ids must list every template exactly once", "ids");
        }
        ctx.status(204);
    }

    private static ApiException notFound() {
        return ApiException.notFound("Template");
    }
}
