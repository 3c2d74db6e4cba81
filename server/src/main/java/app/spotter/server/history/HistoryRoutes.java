package app.spotter.server.history;

import app.spotter.history.ExerciseNamesCodec;
import app.spotter.history.HistoryPageCodec;
import app.spotter.history.LastTimeCodec;
import app.spotter.history.PastSet;
import app.spotter.history.ProgressSeries;
import app.spotter.history.ProgressSeriesCodec;
import app.spotter.history.WeeklyVolumeCodec;
import app.spotter.history.WorkoutSummary;
import app.spotter.history.WorkoutSummaryCodec;
import app.spotter.server.auth.CurrentUser;
import app.spotter.server.http.Api;
import app.spotter.server.http.ApiException;
import app.spotter.server.http.QueryParams;
import app.spotter.server.workouts.WorkoutLog;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.Workout;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        String beforeId = ctx.queryParam("beforeId");
        Api.json(ctx, 200, HistoryPageCodec.toJson(queries.page(CurrentUser.id(ctx), before, beforeId, limit)));
    }

    public void summary(Context ctx) {
        String userId = CurrentUser.id(ctx);
        Workout workout = log.find(userId, ctx.pathParam("id")).orElseThrow(() -> ApiException.notFound("Workout"));
        WorkoutSummary summary = WorkoutSummary.of(workout, queries.recordsBefore(userId, workout.startedAt()));
        Api.json(ctx, 200, WorkoutSummaryCodec.toJson(summary));
    }

    public void exercises(Context ctx) {
        Api.json(ctx, 200, ExerciseNamesCodec.toJson(queries.exercises(CurrentUser.id(ctx))));
    }

    /** Per name asked, last time's done sets: {@code reps} and {@code weight} as before, then the kind's fields. */
    public void lastTime(Context ctx) {
        Map<String, List<PastSet>> byName = new LinkedHashMap<>();
        for (String name : ctx.queryParams("name")) {
            byName.put(name, queries.lastTime(CurrentUser.id(ctx), name));
        }
        Api.json(ctx, 200, LastTimeCodec.toJson(byName));
    }

    /**
     * An exercise's series by kind ({@code kind} picks one when a name was logged with two; default: the kind of
     * its latest set), in {@link ProgressSeriesCodec}'s form.
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
        Api.json(ctx, 200, ProgressSeriesCodec.toJson(new ProgressSeries(kind,
                queries.progress(userId, exercise, kind))));
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
        Api.json(ctx, 200, WeeklyVolumeCodec.toJson(queries.weeklyVolume(CurrentUser.id(ctx), offset)));
    }
}
