package app.spotter.workout;

import app.spotter.json.ExportCodec;
import app.spotter.json.Json;
import app.spotter.json.JsonFields;
import app.spotter.json.SessionCodec;
import app.spotter.json.TemplateCodec;
import app.spotter.session.SessionExercise;
import app.spotter.session.SetEntry;
import app.spotter.session.WorkoutSession;
import app.spotter.templates.ExercisePlan;
import app.spotter.templates.SetTarget;
import app.spotter.templates.WorkoutTemplate;
import com.grack.nanojson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads schema-1 values as model 2, losslessly and deterministically (two devices upgrading the same value get
 * identical documents): ids {@code e<i>} and {@code e<i>.s<j>}, evenly spread position
 * keys, stamps from the v1 times with node {@code v1} (a set's {@code changedAt}, else the start; the active
 * exercise and rest at {@code updatedAt}; the finish at {@code finishedAt}), kind weight x reps, type normal.
 */
public final class SchemaOneUpgrade {
    public static final String NODE = "v1";

    private SchemaOneUpgrade() {
    }

    /** A session or finished workout of schema 1 or 2, as model 2. */
    public static Workout readSession(String text) {
        JsonObject obj = Json.parseObject(text);
        if (isSchemaOneSession(obj)) {
            return session(SessionCodec.fromJson(obj));
        }
        return WorkoutCodec.fromJson(obj, 0);
    }

    /** A list of sessions (the v1 outbox), each of schema 1 or 2. */
    public static List<Workout> readSessionList(String text) {
        com.grack.nanojson.JsonArray array = Json.parseArray(text);
        List<Workout> workouts = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String element = Json.write(JsonFields.element(array, i, ""));
            workouts.add(ExportCodecV2.within("[" + i + "]", () -> readSession(element)));
        }
        return workouts;
    }

    /** A template of schema 1 (no {@code schema} field) or 2. */
    public static Template readTemplate(String text) {
        JsonObject obj = Json.parseObject(text);
        if (isSchemaOneTemplate(obj)) {
            return template(TemplateCodec.read(text));
        }
        return TemplateCodecV2.fromJson(obj, "");
    }

    static boolean isSchemaOneSession(JsonObject obj) {
        return obj.get("schema") != null && JsonFields.integer(obj, "schema", "") == WorkoutSession.SCHEMA;
    }

    static boolean isSchemaOneTemplate(JsonObject obj) {
        return obj.get("schema") == null;
    }

    public static Workout session(WorkoutSession v1) {
        Stamp created = stamp(v1.startedAt());
        Stamp updated = stamp(Math.max(v1.updatedAt(), v1.startedAt()));
        List<String> exerciseKeys = PositionKey.spread(v1.exercises().size());
        List<WorkoutExercise> exercises = new ArrayList<>();
        for (int i = 0; i < v1.exercises().size(); i++) {
            SessionExercise e = v1.exercises().get(i);
            String exerciseId = "e" + i;
            List<String> setKeys = PositionKey.spread(e.sets().size());
            List<WorkoutSet> sets = new ArrayList<>();
            for (int j = 0; j < e.sets().size(); j++) {
                sets.add(set(e.sets().get(j), exerciseId + ".s" + j, setKeys.get(j), created));
            }
            exercises.add(WorkoutExercise.create(exerciseId, ExerciseKind.WEIGHT_REPS, e.name(), e.restSeconds(), "",
                    exerciseKeys.get(i), "", sets, created));
        }
        String active = v1.exercises().isEmpty() ? "" : "e" + v1.activeExerciseIndex();
        int restSeconds = v1.exercises().isEmpty() ? 0 : v1.exercises().get(v1.activeExerciseIndex()).restSeconds();
        Rest rest = v1.restEndsAt() > 0 ? new Rest(v1.restEndsAt(), restSeconds) : Rest.NONE;
        Register<Long> finishedAt = v1.isFinished() ? Register.of(v1.finishedAt(), stamp(v1.finishedAt()))
                : Register.of(0L, created);
        return new Workout(v1.sessionId(), v1.templateId(), v1.startedAt(), created, false,
                Register.of(v1.name(), created), Register.of("", created), Register.of(active, updated),
                Register.of(rest, updated), finishedAt, exercises);
    }

    public static Template template(WorkoutTemplate v1) {
        List<TemplateExercise> exercises = new ArrayList<>();
        for (ExercisePlan plan : v1.exercises()) {
            List<TemplateSet> sets = new ArrayList<>();
            for (SetTarget target : plan.sets()) {
                sets.add(new TemplateSet(SetType.NORMAL, new Targets(target.reps(), target.weight(), 0, 0)));
            }
            exercises.add(new TemplateExercise(plan.name(), ExerciseKind.WEIGHT_REPS, plan.restSeconds(), "", "",
                    sets));
        }
        return new Template(v1.id(), v1.name(), "", exercises);
    }

    public static ExportCodecV2.Export export(ExportCodec.Export v1) {
        List<Template> templates = new ArrayList<>();
        v1.templates().forEach(t -> templates.add(template(t)));
        List<Workout> workouts = new ArrayList<>();
        v1.workouts().forEach(w -> workouts.add(session(w)));
        return new ExportCodecV2.Export(v1.exportedAt(), templates, workouts);
    }

    private static WorkoutSet set(SetEntry v1, String id, String position, Stamp created) {
        Stamp changed = v1.changedAt() > 0 ? stamp(v1.changedAt()) : created;
        WorkoutSet planned = WorkoutSet.create(id, ExerciseKind.WEIGHT_REPS, position, SetType.NORMAL,
                new Targets(v1.reps(), v1.weight(), 0, 0), new Targets(v1.targetReps(), v1.targetWeight(), 0, 0), 0,
                created);
        WorkoutSet set = planned.withValues(Register.of(v1.reps(), changed), Register.of(v1.weight(), changed), null,
                null);
        return v1.done() ? set.withDone(changed, null) : set;
    }

    private static Stamp stamp(long millis) {
        return new Stamp(Math.max(0, millis), 0, NODE);
    }
}
