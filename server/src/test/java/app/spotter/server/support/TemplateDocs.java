package app.spotter.server.support;

import app.spotter.templates.ExercisePlan;
import app.spotter.templates.SetTarget;
import app.spotter.templates.WorkoutTemplate;
import app.spotter.workout.SchemaOneUpgrade;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateCodecV2;
import app.spotter.workout.TemplateExercise;
import app.spotter.workout.TemplateSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Templates for tests that talk to {@code /api/templates} (templates v2): the body to send, the list read back,
 * and, for tests that still build model-1 sessions from a template, its weight and reps targets as a v1 plan.
 */
public final class TemplateDocs {
    private TemplateDocs() {
    }

    /** The body of a POST or PUT: the template without its id. */
    public static String body(Template template) {
        return TemplateCodecV2.write(template.withId(""));
    }

    /** A template written in the schema-1 shape, as the v2 body the server takes now. */
    public static String fromSchemaOne(String schemaOneBody) {
        return body(SchemaOneUpgrade.readTemplate(schemaOneBody));
    }

    /** One template answer (POST, PUT, GET {id}) as a model-1 plan. */
    public static WorkoutTemplate v1One(String body) {
        return v1(TemplateCodecV2.read(body));
    }

    public static List<Template> list(String body) {
        return TemplateCodecV2.readList(body);
    }

    /** A GET /api/templates answer as model-1 plans (reps and weight targets; other kinds' targets count 0). */
    public static List<WorkoutTemplate> v1List(String body) {
        List<WorkoutTemplate> plans = new ArrayList<>();
        for (Template template : list(body)) {
            plans.add(v1(template));
        }
        return plans;
    }

    public static WorkoutTemplate v1(Template template) {
        List<ExercisePlan> exercises = new ArrayList<>();
        for (TemplateExercise exercise : template.exercises()) {
            List<SetTarget> sets = new ArrayList<>();
            for (TemplateSet set : exercise.sets()) {
                sets.add(new SetTarget(set.targets().reps(), set.targets().weight()));
            }
            exercises.add(new ExercisePlan(exercise.name(), exercise.restSeconds(), sets));
        }
        return new WorkoutTemplate(template.id(), template.name(), exercises);
    }
}
