package app.spotter.server.history;

import app.spotter.history.BestSet;
import app.spotter.history.KindMeasures;
import app.spotter.history.KindProgressPoint;
import app.spotter.history.PersonalRecord;
import app.spotter.history.WorkoutSummary;
import app.spotter.server.auth.CurrentUser;
import app.spotter.server.http.Api;
import app.spotter.server.http.ApiException;
import app.spotter.server.http.QueryParams;
import app.spotter.server.workouts.WorkoutLog;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.Workout;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * HTTP for looking back: the history list, a workout's summary and records, last time, progress. The shapes of
 * the first release stay (weight x reps fields keep their names); what the kinds add is added beside them.
 */
public final class HistoryRoutes {
    private static final int PAGE_DEFAULT = 50;
    private static final int PAGE_MAX = 200;

    private final HistoryQueries queries;
    private final WorkoutLog log;

    public HistoryRoutes(HistoryQueries queries, WorkoutLog log) {
        this.queries = queries;
        this.log = log;
    }


    public void page(Context ctx) {
        long before = QueryParams.longValue(ctx, "before", 0);
        int limit = (int) Math.min(PAGE_MAX, Math.max(1, QueryParams.longValue(ctx, "limit", PAGE_DEFAULT)));
        JsonArray page = new JsonArray();
        String beforeId = ctx.queryParam("beforeId");
        for (HistoryQueries.Listing row : queries.page(CurrentUser.id(ctx), before, beforeId, limit)) {
            JsonObject json = new JsonObject();
            json.put("id", row.id());
            json.put("name", row.name());
            json.put("startedAt", row.startedAt());
            json.put("durationSeconds", row.durationSeconds());
            json.put("setsDone", row.setsDone());
            json.put("volumeKg", row.volumeKg());
            page.add(json);
        }
        Api.json(ctx, 200, page);
    }

    public void summary(Context ctx) {
        String userId = CurrentUser.id(ctx);
        Workout workout = log.find(userId, ctx.pathParam("id")).orElseThrow(() -> ApiException.notFound("Workout"));
        WorkoutSummary summary = WorkoutSummary.of(workout, queries.recordsBefore(userId, workout.startedAt()));
        JsonObject json = new JsonObject();
        json.put("durationSeconds", summary.durationSeconds());
        json.put("setsDone", summary.setsDone());
        json.put("setsPlanned", summary.setsPlanned());
        json.put("volumeKg", summary.volumeKg());
        JsonArray best = new JsonArray();
        for (BestSet set : summary.bestSets()) {
            JsonObject b = new JsonObject();
            b.put("exercise", set.exercise());
            b.put("kind", set.kind().wireName());
            b.put("reps", set.reps());
            b.put("weight", set.weight());
            b.put("estimatedOneRepMax", set.estimatedOneRepMax());
            b.put("durationSeconds", set.durationSeconds());
            b.put("distanceMeters", set.distanceMeters());
            best.add(b);
        }
        json.put("bestSets", best);
        JsonArray records = new JsonArray();
        for (PersonalRecord record : summary.records()) {
            JsonObject r = new JsonObject();
            r.put("exercise", record.exercise());
            r.put("kind", record.kind().wireName());
            r.put("exerciseKind", record.exerciseKind().wireName());
            r.put("value", record.value());
            r.put("unit", KindMeasures.unit(record.kind()));
            r.put("previous", record.previous());
            r.put("reps", record.reps());
            r.put("weight", record.weight());
            r.put("durationSeconds", record.durationSeconds());
            r.put("distanceMeters", record.distanceMeters());
            records.add(r);
        }
        json.put("records", records);
        Api.json(ctx, 200, json);
    }

    public void exercises(Context ctx) {
        JsonArray names = new JsonArray();
        names.addAll(queries.exercises(CurrentUser.id(ctx)));
        Api.json(ctx, 200, names);
    }

    /** Per name asked, last time's done sets: {@code reps} and {@code weight} as before, then the kind's fields. */
    public void lastTime(Context ctx) {
        JsonObject byName = new JsonObject();
        for (String name : ctx.queryParams("name")) {
            JsonArray sets = new JsonArray();
            for (HistoryQueries.PastSet set : queries.lastTime(CurrentUser.id(ctx), name)) {
                JsonObject s = new JsonObject();
                s.put("reps", set.reps());
                s.put("weight", set.weight());
                s.put("kind", set.kind());
                s.put("type", set.type());
                s.put("durationSeconds", set.durationSeconds());
                s.put("distanceMeters", set.distanceMeters());
                s.put("rpe", set.rpe());
                sets.add(s);
            }
            byName.put(name, sets);
        }
        Api.json(ctx, 200, byName);
    }

    /**
     * An exercise's series by kind ({@code kind} picks one when a name was logged with two; default: the kind of
     * its latest set). {@code value}/{@code secondValue} are the kind's figures in {@code unit}/{@code secondUnit};
     * {@code topWeight} and {@code estimatedOneRepMax} stay for weight x reps.
     */
    public void progress(Context ctx) {
        String exercise = ctx.queryParam("exercise");
        if (exercise == null || exercise.isBlank()) {
            throw ApiException.invalid("exercise", "exercise is required");
        }
        String userId = CurrentUser.id(ctx);
        ExerciseKind kind = kindParam(ctx).orElse(null);
        if (kind == null) {
            kind = queries.latestKind(userId, exercise).orElse(ExerciseKind.WEIGHT_REPS);
        }
        PersonalRecord.Kind second = KindMeasures.secondary(kind);
        boolean weightReps = kind == ExerciseKind.WEIGHT_REPS;
        JsonArray points = new JsonArray();
        for (KindProgressPoint point : queries.progress(userId, exercise, kind)) {
            JsonObject p = new JsonObject();
            p.put("startedAt", point.startedAt());
            p.put("topWeight", weightReps ? point.first() : 0.0);
            p.put("estimatedOneRepMax", weightReps ? point.second() : 0.0);
            p.put("kind", kind.wireName());
            p.put("value", point.first());
            p.put("unit", KindMeasures.unit(KindMeasures.primary(kind)));
            p.put("secondValue", point.second());
            p.put("secondUnit", second == null ? "" : KindMeasures.unit(second));
            points.add(p);
        }
        Api.json(ctx, 200, points);
    }

    private static Optional<ExerciseKind> kindParam(Context ctx) {
        String wire = ctx.queryParam("kind");
        if (wire == null || wire.isEmpty()) {
            return Optional.empty();
        }
        ExerciseKind kind = ExerciseKind.fromWire(wire);
        if (kind == null) {
            List<String> names = Arrays.stream(ExerciseKind.values()).map(ExerciseKind::wireName).toList();
            throw ApiException.invalid("kind", "kind must be one of " + String.join(", ", names));
        }
        return Optional.of(kind);
    }

    public void weekly(Context ctx) {
        int offset = (int) QueryParams.longValue(ctx, "utcOffsetMinutes", 0);
        if (Math.abs(offset) > 14 * 60) {
            throw ApiException.invalid("utcOffsetMinutes", "utcOffsetMinutes must be between -840 and 840");
        }
        JsonArray weeks = new JsonArray();
        queries.weeklyVolume(CurrentUser.id(ctx), offset).forEach((start, volume) -> {
            JsonObject w = new JsonObject();
            w.put("weekStart", start);
            w.put("volumeKg", volume);
            weeks.add(w);
        });
        Api.json(ctx, 200, weeks);
    }
}
