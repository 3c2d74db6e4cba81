package app.spotter.server.transfer;

import app.spotter.catalog.CatalogExercise;
import app.spotter.catalog.CustomExerciseRules;
import app.spotter.catalog.ExerciseCatalog;
import app.spotter.history.WeightUnit;
import app.spotter.imports.ImportPreview;
import app.spotter.imports.ImportPreviewCodec;
import app.spotter.imports.ImportReport;
import app.spotter.imports.ImportReportCodec;
import app.spotter.imports.SkippedRow;
import app.spotter.server.auth.CurrentUser;
import app.spotter.server.exercises.CustomExerciseStore;
import app.spotter.server.http.Api;
import app.spotter.server.http.ApiException;
import app.spotter.server.http.FrontDoor;
import app.spotter.server.http.QueryParams;
import app.spotter.server.templates.TemplateStore;
import app.spotter.server.workouts.WorkoutLog;
import app.spotter.workout.ExportCodecV2;
import app.spotter.workout.Template;
import app.spotter.workout.Workout;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * HTTP for a user's data in and out: JSON export (version 2) and import (versions 1 and 2), the log as CSV (weights
 * in the kg or lb of {@code ?unit=}), and Strong and Hevy CSV import.
 */
public final class TransferRoutes {
    /** Whole files come through import: years of a Strong export fit well under this. */
    static final int IMPORT_MAX_BYTES = FrontDoor.LARGEST_BODY_BYTES;

    private final Semaphore oneAtATime = new Semaphore(1);

    private final TemplateStore templates;
    private final WorkoutLog log;
    private final DataTransfer transfer;
    private final LongSupplier clock;
    private final CustomExerciseStore customExercises;

    public TransferRoutes(TemplateStore templates, WorkoutLog log, DataTransfer transfer, LongSupplier clock,
                          CustomExerciseStore customExercises) {
        this.templates = templates;
        this.log = log;
        this.transfer = transfer;
        this.clock = clock;
        this.customExercises = customExercises;
    }


    public void exportJson(Context ctx) {
        String userId = CurrentUser.id(ctx);
        List<Template> v2 = templates.list(userId);
        String body = ExportCodecV2.write(new ExportCodecV2.Export(clock.getAsLong(), v2, log.all(userId)));
        ctx.header("Content-Disposition", "attachment; filename=\"spotter-export.json\"");
        Api.jsonText(ctx, 200, body);
    }

    public void exportCsv(Context ctx) {
        int offset = (int) QueryParams.longValue(ctx, "utcOffsetMinutes", 0);
        WeightUnit unit = QueryParams.weightUnit(ctx, "unit");
        ctx.header("Content-Disposition", "attachment; filename=\"spotter-workouts.csv\"");
        ctx.status(200).contentType("text/csv; charset=utf-8")
                .result(WorkoutCsv.write(log.all(CurrentUser.id(ctx)), offset, unit));
    }

    public void importJson(Context ctx) {
        withFile(ctx, file -> {
            ExportCodecV2.Export export = ExportFileReader.read(file);
            String userId = CurrentUser.id(ctx);
            Set<String> known = customExercises.keys(userId);
            DataTransfer.Outcome outcome = transfer.importAll(userId, export.templates(), export.workouts());
            answer(ctx, outcome, List.of(),
                    customExercises.addImported(userId, exerciseNames(export.workouts()), known));
        });
    }

    /**
     * What {@link #importJson} would store, and nothing stored: the file's exercise names matched to the catalog or
     * to the user's custom exercises, and those the import would add as custom exercises.
     */
    public void previewJson(Context ctx) {
        withFile(ctx, file -> {
            List<Workout> workouts = ExportFileReader.read(file).workouts();
            long first = 0;
            long last = 0;
            for (Workout workout : workouts) {
                first = first == 0 ? workout.startedAt() : Math.min(first, workout.startedAt());
                last = Math.max(last, workout.startedAt());
            }
            String userId = CurrentUser.id(ctx);
            int fresh = transfer.countNew(userId, workouts);
            ExerciseCatalog catalog = catalogFor(userId);
            Map<String, String> matched = new LinkedHashMap<>();
            List<String> created = new ArrayList<>();
            for (String name : exerciseNames(workouts)) {
                CatalogExercise match = catalog.match(name);
                if (match != null) {
                    matched.put(name, match.name());
                } else if (CustomExerciseRules.acceptsImportedName(name)) {
                    created.add(name.trim());
                }
            }
            Api.json(ctx, 200, ImportPreviewCodec.toJson(new ImportPreview(workouts.size(), fresh, first, last,
                    matched, created, List.of())));
        });
    }

    public void importStrong(Context ctx) {
        importCsv(ctx, CsvImportFormat.STRONG);
    }

    public void importHevy(Context ctx) {
        importCsv(ctx, CsvImportFormat.HEVY);
    }

    public void previewStrong(Context ctx) {
        previewCsv(ctx, CsvImportFormat.STRONG);
    }

    public void previewHevy(Context ctx) {
        previewCsv(ctx, CsvImportFormat.HEVY);
    }

    /** The file read exactly as the import reads it, its workouts counted (new to the account or not), none stored. */
    private void previewCsv(Context ctx, CsvImportFormat format) {
        withFile(ctx, file -> {
            String userId = CurrentUser.id(ctx);
            int[] fresh = {0};
            CsvImportReader.Result result = CsvImportReader.read(file, format, catalogFor(userId),
                    DataTransfer.BATCH, batch -> fresh[0] += transfer.countNew(userId, batch));
            Api.json(ctx, 200, ImportPreviewCodec.toJson(result.preview(fresh[0])));
        });
    }

    /**
     * Body: {@code {"csv": "<file text>", "unit": "kg"|"lb", "utcOffsetMinutes": n}}; Hevy's file names its own
     * weight unit, so {@code unit} is only read for Strong.
     */
    private void importCsv(Context ctx, CsvImportFormat format) {
        withFile(ctx, file -> {
            String userId = CurrentUser.id(ctx);
            Set<String> known = customExercises.keys(userId);
            int[] added = {0};
            CsvImportReader.Result result = CsvImportReader.read(file, format, catalogFor(userId),
                    DataTransfer.BATCH, batch -> added[0] += transfer.logBatch(userId, batch));
            List<String> created = customExercises.addImported(userId, result.created(), known);
            answer(ctx, new DataTransfer.Outcome(0, 0, added[0], result.workouts() - added[0]), result.skipped(),
                    created);
        });
    }

    /**
     * The body spooled to disk and read from there; one import at a time, so two large files never share the
     * heap (the second is asked to come back shortly).
     */
    private void withFile(Context ctx, Consumer<Path> reader) {
        Path file = Api.spoolJsonBody(ctx, IMPORT_MAX_BYTES);
        try {
            if (!oneAtATime.tryAcquire()) {
                ctx.header("Retry-After", "30");
                throw ApiException.unavailable("Another import is running; try again in a minute");
            }
            try {
                reader.accept(file);
            } finally {
                oneAtATime.release();
            }
        } finally {
            Api.deleteQuietly(file);
        }
    }

    /** The outcome, with {@code skipped} the rows of a CSV left out, each with its line and reason. */
    private static void answer(Context ctx, DataTransfer.Outcome outcome, List<SkippedRow> skipped,
                               List<String> created) {
        Api.json(ctx, 200, ImportReportCodec.toJson(new ImportReport(outcome.templatesAdded(),
                outcome.templatesUpdated(), outcome.workoutsAdded(), outcome.workoutsAlreadyThere(), skipped,
                created)));
    }

    // The export holds no list of custom exercises: the names its workouts use bring them back (without muscle).
    private static List<String> exerciseNames(List<Workout> workouts) {
        Set<String> names = new LinkedHashSet<>();
        for (Workout workout : workouts) {
            workout.visibleExercises().forEach(e -> names.add(e.nameValue()));
        }
        return List.copyOf(names);
    }

    /** The catalog with the user's custom exercises beside it: a name they added before is not added again. */
    private ExerciseCatalog catalogFor(String userId) {
        return ImportCatalog.get().withCustom(customExercises.list(userId));
    }
}
