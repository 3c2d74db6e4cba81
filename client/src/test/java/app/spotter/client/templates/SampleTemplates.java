package app.spotter.client.templates;

import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetType;
import app.spotter.workout.Targets;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateCodecV2;
import app.spotter.workout.TemplateExercise;
import app.spotter.workout.TemplateSet;
import java.util.List;

/** Templates (v2) as the server would store them. */
final class SampleTemplates {
    private SampleTemplates() {
    }

    static Template push(String id) {
        return new Template(id, "Push day", "", List.of(
                lift("Bench press", 120, new Targets(8, 60.0, 0, 0), new Targets(8, 62.5, 0, 0)),
                lift("Overhead press", 90, new Targets(10, 40.0, 0, 0))));
    }

    static Template named(String id, String name) {
        return new Template(id, name, "", List.of(lift("Squat", 180, new Targets(5, 100, 0, 0))));
    }

    /** Every kind, a warm-up, a superset of two and notes. */
    static Template everything(String id) {
        return new Template(id, "Everything", "Go steady", List.of(
                new TemplateExercise("Bench press", ExerciseKind.WEIGHT_REPS, 120, "Pause on the chest", "", List.of(
                        new TemplateSet(SetType.WARMUP, new Targets(10, 40, 0, 0)),
                        new TemplateSet(SetType.NORMAL, new Targets(8, 61.235, 0, 0)))),
                new TemplateExercise("Pull-Up", ExerciseKind.ASSISTED, 60, "", "ss1", List.of(
                        new TemplateSet(SetType.NORMAL, new Targets(8, 20, 0, 0)))),
                new TemplateExercise("Plank", ExerciseKind.DURATION, 60, "", "ss1", List.of(
                        new TemplateSet(SetType.NORMAL, new Targets(0, 0, 60, 0)),
                        new TemplateSet(SetType.FAILURE, new Targets(0, 0, 90, 0)))),
                new TemplateExercise("Running", ExerciseKind.DISTANCE_DURATION, 0, "", "", List.of(
                        new TemplateSet(SetType.NORMAL, new Targets(0, 0, 1500, 5000)))),
                new TemplateExercise("Farmer's Walk", ExerciseKind.WEIGHT_DURATION, 90, "", "", List.of(
                        new TemplateSet(SetType.NORMAL, new Targets(0, 32, 40, 0)))),
                new TemplateExercise("Push-Up", ExerciseKind.BODYWEIGHT_REPS, 60, "", "", List.of(
                        new TemplateSet(SetType.DROP, new Targets(15, 0, 0, 0)))),
                new TemplateExercise("Crunch", ExerciseKind.REPS_ONLY, 30, "", "", List.of(
                        new TemplateSet(SetType.NORMAL, new Targets(20, 0, 0, 0))))));
    }

    static String json(Template template) {
        return TemplateCodecV2.write(template);
    }

    static String listJson(Template... templates) {
        return TemplateCodecV2.writeList(List.of(templates));
    }

    private static TemplateExercise lift(String name, int rest, Targets... targets) {
        List<TemplateSet> sets = new java.util.ArrayList<>();
        for (Targets t : targets) {
            sets.add(new TemplateSet(SetType.NORMAL, t));
        }
        return new TemplateExercise(name, ExerciseKind.WEIGHT_REPS, rest, "", "", sets);
    }
}
