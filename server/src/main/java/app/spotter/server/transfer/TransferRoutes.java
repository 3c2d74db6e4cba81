package app.spotter.server.transfer;

import app.spotter.history.WeightUnit;
import app.spotter.json.ExportCodec;
import app.spotter.json.Json;
import app.spotter.json.JsonFields;
import app.spotter.server.auth.CurrentUser;
import app.spotter.server.http.Api;
import app.spotter.server.http.ApiException;
import app.spotter.server.http.QueryParams;
import app.spotter.server.templates.TemplateStore;
import app.spotter.server.workouts.WorkoutLog;
import app.spotter.transfer.CsvExport;
import app.spotter.transfer.StrongCsvImport;
import com.grack.nanojson.JsonObject;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.LongSupplier;

/** HTTP for a user's data in and out: JSON export and import, the log as CSV, and Strong CSV import. */
public final class TransferRoutes {
    /** Whole files come through import: years of a Strong export fit well under this. */
    static final int IMPORT_MAX_BYTES = 16 * 1024 * 1024;

    private final TemplateStore templates;
    private final WorkoutLog log;
    private final DataTransfer transfer;
    private final LongSupplier clock;

    public TransferRoutes(TemplateStore templates, WorkoutLog log, DataTransfer transfer, LongSupplier clock) {
        this.templates = templates;
        this.log = log;
        this.transfer = transfer;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/export", this::exportJson);
        routes.get("/api/export/csv", this::exportCsv);
        routes.post("/api/import", this::importJson);
        routes.post("/api/import/strong", this::importStrong);
    }

    private void exportJson(Context ctx) {
        String userId = CurrentUser.id(ctx);
        String body = ExportCodec.write(new ExportCodec.Export(clock.getAsLong(), templates.list(userId),
                log.all(userId)));
        ctx.header("Content-Disposition", "attachment; filename=\"spotter-export.json\"");
        Api.jsonText(ctx, 200, body);
    }

    private void exportCsv(Context ctx) {
        int offset = (int) QueryParams.longValue(ctx, "utcOffsetMinutes", 0);
        ctx.header("Content-Disposition", "attachment; filename=\"spotter-workouts.csv\"");
        ctx.status(200).contentType("text/csv; charset=utf-8")
                .result(CsvExport.write(log.all(CurrentUser.id(ctx)), offset));
    }

    private void importJson(Context ctx) {
        ExportCodec.Export export = ExportCodec.read(Api.jsonBody(ctx, IMPORT_MAX_BYTES));
        answer(ctx, transfer.importAll(CurrentUser.id(ctx), export.templates(), export.workouts()), 0);
    }

    /** Body: {@code {"csv": "<file text>", "unit": "kg"|"lb", "utcOffsetMinutes": n}}. */
    private void importStrong(Context ctx) {
        JsonObject body = Json.parseObject(Api.jsonBody(ctx, IMPORT_MAX_BYTES));
        String csv = JsonFields.string(body, "csv", "");
        WeightUnit unit;
        try {
            unit = WeightUnit.parse(JsonFields.optionalString(body, "unit", ""));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("unit must be kg or lb", "unit");
        }
        int offset = body.get("utcOffsetMinutes") == null ? 0 : JsonFields.integer(body, "utcOffsetMinutes", "");
        StrongCsvImport.Result result = StrongCsvImport.read(csv, unit, offset);
        answer(ctx, transfer.importAll(CurrentUser.id(ctx), List.of(), result.workouts()), result.skippedRows());
    }

    private static void answer(Context ctx, DataTransfer.Outcome outcome, int skippedRows) {
        JsonObject json = new JsonObject();
        json.put("templatesAdded", outcome.templatesAdded());
        json.put("templatesUpdated", outcome.templatesUpdated());
        json.put("workoutsAdded", outcome.workoutsAdded());
        json.put("workoutsAlreadyThere", outcome.workoutsAlreadyThere());
        json.put("skippedRows", skippedRows);
        Api.json(ctx, 200, json);
    }
}
