package app.spotter.server.history;

import app.spotter.history.BestSet;
import app.spotter.history.PersonalRecord;
import app.spotter.history.ProgressPoint;
import app.spotter.history.WorkoutSummary;
import app.spotter.server.auth.CurrentUser;
import app.spotter.server.http.Api;
import app.spotter.server.http.ApiException;
import app.spotter.server.http.QueryParams;
import app.spotter.server.workouts.WorkoutLog;
import app.spotter.session.SessionExercise;
import app.spotter.session.SetEntry;
import app.spotter.session.WorkoutSession;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import app.spotter.workout.WorkoutSet;
import java.util.ArrayList;
import java.util.List;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Locale;

/** HTTP for looking back: the history list, a workout's summary and records, last time, progress. */
public final class HistoryRoutes {
    private static final int PAGE_DEFAULT = 50;
    private static final int PAGE_MAX = 200;

    private final HistoryQueries queries;
    private final WorkoutLog log;

    public HistoryRoutes(HistoryQueries queries, WorkoutLog log) {
        this.queries = queries;
        this.log = log;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/history", this::page);
        routes.get("/api/workouts/{id}/summary", this::summary);
        routes.get("/api/exercises", this::exercises);
        routes.get("/api/exercises/last", this::lastTime);
        routes.get("/api/progress", this::progress);
        routes.get("/api/progress/weekly", this::weekly);
    }

    private void page(Context ctx) {
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

    private void summary(Context ctx) {
        String userId = CurrentUser.id(ctx);
        WorkoutSession workout = log.find(userId, ctx.pathParam("id")).map(HistoryRoutes::schemaOneView)
                .orElseThrow(() -> ApiException.notFound("Workout"));
        WorkoutSummary summary = WorkoutSummary.of(workout, queries.bestsBefore(userId, workout.startedAt()));
        JsonObject json = new JsonObject();
        json.put("durationSeconds", summary.durationSeconds());
        json.put("setsDone", summary.setsDone());
        json.put("setsPlanned", summary.setsPlanned());
        json.put("volumeKg", summary.volumeKg());
        JsonArray best = new JsonArray();
        for (BestSet set : summary.bestSets()) {
            JsonObject b = new JsonObject();
            b.put("exercise", set.exercise());
            b.put("reps", set.reps());
            b.put("weight", set.weight());
            b.put("estimatedOneRepMax", set.estimatedOneRepMax());
            best.add(b);
        }
        json.put("bestSets", best);
        JsonArray records = new JsonArray();
        for (PersonalRecord record : summary.records()) {
            JsonObject r = new JsonObject();
            r.put("exercise", record.exercise());
            r.put("kind", record.kind().name().toLowerCase(Locale.ROOT));
            r.put("value", record.value());
            r.put("previous", record.previous());
            r.put("reps", record.reps());
            r.put("weight", record.weight());
            records.add(r);
        }
        json.put("records", records);
        Api.json(ctx, 200, json);
    }

    private void exercises(Context ctx) {
        JsonArray names = new JsonArray();
        names.addAll(queries.exercises(CurrentUser.id(ctx)));
        Api.json(ctx, 200, names);
    }

    private void lastTime(Context ctx) {
        JsonObject byName = new JsonObject();
        for (String name : ctx.queryParams("name")) {
            JsonArray sets = new JsonArray();
            for (HistoryQueries.PastSet set : queries.lastTime(CurrentUser.id(ctx), name)) {
                JsonObject s = new JsonObject();
                s.put("reps", set.reps());
                s.put("weight", set.weight());
                sets.add(s);
            }
            byName.put(name, sets);
        }
        Api.json(ctx, 200, byName);
    }

    private void progress(Context ctx) {
        String exercise = ctx.queryParam("exercise");
        if (exercise == null || exercise.isBlank()) {
            throw ApiException.badRequest("exercise is required", "exercise");
        }
        JsonArray points = new JsonArray();
        for (ProgressPoint point : queries.progress(CurrentUser.id(ctx), exercise)) {
            JsonObject p = new JsonObject();
            p.put("startedAt", point.startedAt());
            p.put("topWeight", point.topWeight());
            p.put("estimatedOneRepMax", point.estimatedOneRepMax());
            points.add(p);
        }
        Api.json(ctx, 200, points);
    }

    private void weekly(Context ctx) {
        int offset = (int) QueryParams.longValue(ctx, "utcOffsetMinutes", 0);
        if (Math.abs(offset) > 14 * 60) {
            throw ApiException.badRequest("utcOffsetMinutes must be between -840 and 840", "utcOffsetMinutes");
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

    // Compile bridge (server branch) until the history branch moves WorkoutSummary to model 2: the visible
    // exercises and sets of the logged document, as the summary of schema 1 reads them.
    private static WorkoutSession schemaOneView(Workout w) {
        List<SessionExercise> exercises = new ArrayList<>();
        for (WorkoutExercise e : w.visibleExercises()) {
            List<SetEntry> sets = new ArrayList<>();
            for (WorkoutSet s : e.visibleSets()) {
                sets.add(new SetEntry(s.targetsValue().reps(), s.targetsValue().weight(), s.repsValue(),
                        s.weightValue(), s.isDone(), 0));
            }
            exercises.add(new SessionExercise(e.nameValue(), e.restValue(), sets));
        }
        return new WorkoutSession(w.sessionId(), w.templateId(), w.nameValue(), w.startedAt(), w.finishedAtValue(),
                0, 0, 0, exercises, w.finishedAtValue());
    }
}
