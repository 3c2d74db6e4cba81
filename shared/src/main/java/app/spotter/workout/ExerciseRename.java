package app.spotter.workout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A rename of one exercise across a whole workout (logged, or the live draft) or template (a custom exercise
 * renamed, or merged into another): every exercise whose name {@code matches} gets the new name. In a workout the
 * new name is stamped after the name it had, so a late copy of the workout from a device still merges to it.
 */
public final class ExerciseRename {
    private ExerciseRename() {
    }

    /** The workout with the names changed; the same instance when no exercise matched. */
    public static Workout rename(Workout workout, Predicate<String> matches, String newName, long now, String node) {
        Workout out = workout;
        for (WorkoutExercise e : workout.exercises()) {
            if (e.name() == null || !matches.test(e.nameValue()) || e.nameValue().equals(newName)) {
                continue;
            }
            Stamp old = e.name().at();
            Stamp at = now > old.millis() ? new Stamp(now, 0, node) : new Stamp(old.millis(), old.counter() + 1, node);
            out = out.withExercise(e.with(Register.of(newName, at), e.restSeconds(), e.note(), e.position(),
                    e.supersetGroup()));
        }
        return out;
    }

    /** The template with the names changed; the same instance when no exercise matched. */
    public static Template rename(Template template, Predicate<String> matches, String newName) {
        List<TemplateExercise> exercises = new ArrayList<>();
        boolean changed = false;
        for (TemplateExercise e : template.exercises()) {
            if (matches.test(e.name()) && !e.name().equals(newName)) {
                exercises.add(new TemplateExercise(newName, e.kind(), e.restSeconds(), e.restMaxSeconds(), e.note(),
                        e.supersetGroup(), e.sets()));
                changed = true;
            } else {
                exercises.add(e);
            }
        }
        return changed ? new Template(template.id(), template.name(), template.note(), exercises) : template;
    }
}
