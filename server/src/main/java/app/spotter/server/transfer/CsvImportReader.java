package app.spotter.server.transfer;

import app.spotter.catalog.ExerciseCatalog;
import app.spotter.history.WeightUnit;
import app.spotter.imports.ImportPlan;
import app.spotter.imports.ImportPreview;
import app.spotter.imports.ImportedFile;
import app.spotter.imports.ImportedWorkouts;
import app.spotter.imports.SkippedRow;
import app.spotter.json.Json;
import app.spotter.json.JsonFields;
import app.spotter.server.http.ApiException;
import app.spotter.server.http.BodyText;
import app.spotter.transfer.Csv;
import app.spotter.validation.FieldError;
import app.spotter.validation.ValidationException;
import app.spotter.workout.Workout;
import com.grack.nanojson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A CSV import body ({@code {"csv", "unit", "utcOffsetMinutes"}}, a Strong or a Hevy export) read from disk: the
 * CSV text streams out of the JSON string into rows grouped by workout, and each workout's rows go through the
 * shared reader of its {@link CsvImportFormat} and {@link ImportedWorkouts} (model 2: names matched to the
 * catalog, kinds, set types, RPE) as a small file of their own. The workouts are handed over in batches as they are made, never all at once (a
 * year of model-2 documents would not fit a small heap): only the header can refuse the file, and it is checked
 * with the first workout, before anything is handed over; a row that cannot be read is skipped and listed.
 * Workout ids come from the start and name (for Strong as in the first release), so a file imported again adds
 * nothing twice.
 */
final class CsvImportReader {
    private static final Set<String> CSV = Set.of("csv");

    private CsvImportReader() {
    }

    /**
     * How many workouts the file held, the rows left out (with their line in the file and why), the file's names
     * matched to the catalog and those that become custom exercises, and the workouts' date range (0 when none).
     */
    record Result(int workouts, List<SkippedRow> skipped, Map<String, String> matched, List<String> created,
                  long firstStartedAt, long lastStartedAt) {
        /** What importing would store, with {@code workoutsNew} of the workouts not yet in the account. */
        ImportPreview preview(int workoutsNew) {
            return new ImportPreview(workouts, workoutsNew, firstStartedAt, lastStartedAt, matched, created,
                    skipped);
        }
    }

    /** Reads the file, handing its workouts to {@code batches} {@code batchSize} at a time. */
    static Result read(Path path, CsvImportFormat format, ExerciseCatalog catalog, int batchSize,
                       Consumer<List<Workout>> batches) {
        ImportFile file = new ImportFile(path);
        Map<String, String> small = file.smallMembers(CSV);
        JsonObject body = new JsonObject();
        small.forEach((key, raw) -> body.put(key, Json.parseArray("[" + raw + "]").get(0)));
        WeightUnit unit;
        try {
            unit = WeightUnit.parse(JsonFields.optionalString(body, "unit", ""));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("unit", "unit must be kg or lb");
        }
        int offset = body.get("utcOffsetMinutes") == null ? 0 : JsonFields.integer(body, "utcOffsetMinutes", "");
        CsvWorkoutRows rows = new CsvWorkoutRows(format);
        file.largeMembers(CSV, (key, scan) -> {
            if (scan.peek() != '"') {
                throw ApiException.invalid("csv", "csv must be text");
            }
            scan.stringChars(c -> {
                if (c == 0) {
                    throw ApiException.invalid("csv", BodyText.NUL_MESSAGE);
                }
                rows.put(c);
            });
        });
        rows.finish();
        return importGroups(rows, format, unit, offset, catalog, batchSize, batches);
    }

    private static Result importGroups(CsvWorkoutRows rows, CsvImportFormat format, WeightUnit unit, int offset,
                                       ExerciseCatalog catalog, int batchSize, Consumer<List<Workout>> batches) {
        ImportTally tally = new ImportTally();
        if (rows.groups().isEmpty()) {
            ImportPlan plan = ImportedWorkouts.plan(format.read(rows.header(), unit, offset), catalog);
            tally.add(plan, line -> line);
            batches.accept(plan.workouts());
            return tally.result();
        }
        List<Workout> pending = new ArrayList<>();
        for (CsvWorkoutRows.Group group : rows.groups()) {
            ImportPlan plan;
            try {
                ImportedFile file = format.read(rows.header() + "\n" + group.text(), unit, offset);
                plan = ImportedWorkouts.plan(file, catalog);
            } catch (ValidationException e) {
                throw inFileLines(e, group);
            }
            pending.addAll(plan.workouts());
            tally.add(plan, group::fileLine);
            group.release();
            if (pending.size() >= batchSize) {
                batches.accept(List.copyOf(pending));
                pending.clear();
            }
        }
        if (!pending.isEmpty()) {
            batches.accept(List.copyOf(pending));
        }
        return tally.result();
    }

    /** Names the line of the whole file, not of the one workout's rows the error was found in. */
    private static ValidationException inFileLines(ValidationException e, CsvWorkoutRows.Group group) {
        FieldError first = e.first();
        String field = first.field();
        if (!field.startsWith("line ")) {
            return e;
        }
        try {
            int chunkLine = Integer.parseInt(field.substring(5).trim());
            int fileLine = group.fileLine(chunkLine);
            String message = first.message().startsWith(field) ? "line " + fileLine
                    + first.message().substring(field.length()) : first.message();
            return new ValidationException(new FieldError("line " + fileLine, message));
        } catch (NumberFormatException notALine) {
            return e;
        }
    }

    static String lower(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }

    static List<String> fields(String record, char delimiter) {
        List<Csv.Row> parsed = Csv.parse(record, delimiter);
        return parsed.isEmpty() ? List.of() : parsed.get(0).fields();
    }
}
