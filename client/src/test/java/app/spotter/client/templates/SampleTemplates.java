package app.spotter.client.templates;

import app.spotter.json.TemplateCodec;
import app.spotter.templates.ExercisePlan;
import app.spotter.templates.SetTarget;
import app.spotter.templates.WorkoutTemplate;
import java.util.List;

/** Templates as the server would store them. */
final class SampleTemplates {
    private SampleTemplates() {
    }

    static WorkoutTemplate push(String id) {
        return new WorkoutTemplate(id, "Push day", List.of(
                new ExercisePlan("Bench press", 120, List.of(new SetTarget(8, 60.0), new SetTarget(8, 62.5))),
                new ExercisePlan("Overhead press", 90, List.of(new SetTarget(10, 40.0)))));
    }

    static WorkoutTemplate named(String id, String name) {
        return new WorkoutTemplate(id, name, List.of(new ExercisePlan("Squat", 180, List.of(new SetTarget(5, 100)))));
    }

    static String json(WorkoutTemplate template) {
        return TemplateCodec.write(template);
    }

    static String listJson(WorkoutTemplate... templates) {
        return TemplateCodec.writeList(List.of(templates));
    }
}
