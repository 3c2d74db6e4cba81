package app.spotter.server.templates;

import app.spotter.json.Json;
import app.spotter.json.JsonFields;
import app.spotter.server.auth.CurrentUser;
import app.spotter.server.http.Api;
import app.spotter.server.http.ApiException;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateCodecV2;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/** HTTP for templates: {@code /api/templates}, templates v2 ({@link TemplateCodecV2}) in and out. */
public final class TemplateRoutes {
    private final TemplateStore store;

    public TemplateRoutes(TemplateStore store) {
        this.store = store;
    }


    public void list(Context ctx) {
        Api.jsonText(ctx, 200, TemplateCodecV2.writeList(store.list(CurrentUser.id(ctx))));
    }

    public void get(Context ctx) {
        Template template = store.find(CurrentUser.id(ctx), ctx.pathParam("id")).orElseThrow(() -> notFound());
        Api.jsonText(ctx, 200, TemplateCodecV2.write(template));
    }

    public void create(Context ctx) {
        Template created = store.create(CurrentUser.id(ctx), read(ctx));
        Api.jsonText(ctx, 201, TemplateCodecV2.write(created));
    }

    public void update(Context ctx) {
        Template template = read(ctx);
        Template stored = store.update(CurrentUser.id(ctx), ctx.pathParam("id"), template).orElseThrow(() -> notFound());
        Api.jsonText(ctx, 200, TemplateCodecV2.write(stored));
    }

    public void delete(Context ctx) {
        if (!store.delete(CurrentUser.id(ctx), ctx.pathParam("id"))) {
            throw notFound();
        }
        ctx.status(204);
    }

    public void reorder(Context ctx) {
        JsonObject body = Json.parseObject(Api.jsonBody(ctx));
        JsonArray array = JsonFields.array(body, "ids", "");
        List<String> ids = new ArrayList<>();
        for (Object id : array) {
            if (!(id instanceof String)) {
                throw ApiException.invalid("ids", "ids must be a list of template ids");
            }
            ids.add((String) id);
        }
        if (!store.reorder(CurrentUser.id(ctx), ids)) {
            throw ApiException.invalid("ids", "ids must list every template exactly once");
        }
        ctx.status(204);
    }

    // A body without "schema" is what the schema-1 release sends: refuse it by name, so an old client says why.
    private static Template read(Context ctx) {
        JsonObject body = Json.parseObject(Api.jsonBody(ctx));
        if (!body.containsKey("schema")) {
            throw ApiException.invalid("schema", "This template is in the old format (schema 1); this server reads "
                    + "schema 2. Reload the app to update it.");
        }
        return TemplateCodecV2.fromJson(body, "");
    }

    private static ApiException notFound() {
        return ApiException.notFound("Template");
    }
}
