package app.spotter.workout;

import app.spotter.validation.Checks;
import app.spotter.validation.FieldError;
import app.spotter.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Starting a workout and the operations on the workout as a whole. Each takes the stamp to write (from the
 * caller's HybridClock) and, where a time is recorded, the server-time {@code now}; each returns a new document.
 */
public final class SessionEdits {
    private SessionEdits() {
    }

    /**
     * A workout from a template. Its exercises and sets get the ids {@code e<i>} and {@code e<i>.s<j>}: ids only
     * need to be unique within the session, and short ones keep every sync small. Ids made later on a device
     * must not look like these (use {@code <node>-<counter>} or a UUID).
     */
    public static Workout start(Template template, String sessionId, Stamp stamp, long now) {
        List<String> exerciseKeys = PositionKey.spread(template.exercises().size());
        List<WorkoutExercise> exercises = new ArrayList<>();
        for (int i = 0; i < template.exercises().size(); i++) {
            TemplateExercise plan = template.exercises().get(i);
            String exerciseId = "e" + i;
            List<String> setKeys = PositionKey.spread(plan.sets().size());
            List<WorkoutSet> sets = new ArrayList<>();
            for (int j = 0; j < plan.sets().size(); j++) {
                TemplateSet target = plan.sets().get(j);
                sets.add(WorkoutSet.create(exerciseId + ".s" + j, plan.kind(), setKeys.get(j), target.type(),
                        target.targets(), target.targets(), 0, stamp));
            }
            exercises.add(WorkoutExercise.create(exerciseId, plan.kind(), plan.name(), plan.restSeconds(),
                    plan.restMaxSeconds(), plan.note(), exerciseKeys.get(i), plan.supersetGroup(), sets, stamp));
        }
        String first = exercises.isEmpty() ? "" : "e0";
        return header(sessionId, template.id(), template.name(), template.note(), first, exercises, stamp, now);
    }

    /** An empty workout the lifter builds as they go. */
    public static Workout startEmpty(String sessionId, String name, Stamp stamp, long now) {
        return header(sessionId, "", name, "", "", List.of(), stamp, now);
    }

    public static Workout rename(Workout workout, String name, Stamp stamp) {
        Lookup.requireFull(workout);
        List<FieldError> errors = new ArrayList<>();
        Checks.name(name, "name", errors);
        throwIfAny(errors);
        return workout.with(Register.of(name.trim(), stamp), workout.note(), workout.activeExerciseId(),
                workout.rest(), workout.finishedAt(), workout.exercises());
    }

    public static Workout setNote(Workout workout, String note, Stamp stamp) {
        Lookup.requireFull(workout);
        List<FieldError> errors = new ArrayList<>();
        Checks.note(note, "note", errors);
        throwIfAny(errors);
        return workout.with(workout.name(), Register.of(note, stamp), workout.activeExerciseId(), workout.rest(),
                workout.finishedAt(), workout.exercises());
    }

    /** Makes an exercise the one the player shows. */
    public static Workout moveTo(Workout workout, String exerciseId, Stamp stamp) {
        Lookup.exercise(workout, exerciseId);
        return withActive(workout, exerciseId, stamp);
    }

    public static Workout startRest(Workout workout, int seconds, Stamp stamp, long now) {
        Lookup.requireFull(workout);
        List<FieldError> errors = new ArrayList<>();
        Checks.rest(seconds, "restSeconds", errors);
        throwIfAny(errors);
        return withRest(workout, seconds > 0 ? new Rest(now + seconds * 1000L, seconds) : Rest.NONE, stamp);
    }

    public static Workout skipRest(Workout workout, Stamp stamp) {
        Lookup.requireFull(workout);
        return withRest(workout, Rest.NONE, stamp);
    }

    /**
     * Lengthens or shortens the running rest (a window's end moves with it); shortening past zero ends it; no rest
     * running changes nothing.
     */
    public static Workout adjustRest(Workout workout, int deltaSeconds, Stamp stamp, long now) {
        Lookup.requireFull(workout);
        Rest rest = workout.restValue();
        if (!rest.isRunning(now)) {
            return workout;
        }
        long endsAt = rest.endsAt() + deltaSeconds * 1000L;
        return withRest(workout, endsAt > now ? new Rest(endsAt, rest.seconds(), rest.maxSeconds()) : Rest.NONE,
                stamp);
    }

    /** Finishes the workout at {@code now} (server time); refused when no set is done (discard it instead). */
    public static Workout finish(Workout workout, Stamp stamp, long now) {
        Lookup.requireFull(workout);
        if (workout.setsDone() == 0) {
            throw new ValidationException(new FieldError("exercises",
                    "Complete at least one set before finishing, or discard the workout"));
        }
        long finishedAt = Math.max(now, workout.startedAt() + 1);
        return workout.with(workout.name(), workout.note(), workout.activeExerciseId(), Register.of(Rest.NONE, stamp),
                Register.of(finishedAt, stamp), workout.exercises());
    }

    /**
     * Moves a logged workout to another date and start time. The finish moves with it, so the duration stays as
     * it was logged (what Strong and Hevy do when you change a workout's date). Start and finish are written with
     * one stamp, so the move wins or loses as a whole against another device's move. Refused for a workout that
     * runs (its timer would jump) and for one that would end after {@code now} (server time).
     */
    public static Workout moveStart(Workout workout, long startedAt, Stamp stamp, long now) {
        Lookup.requireFull(workout);
        long durationMillis = workout.finishedAtValue() - workout.startedAt();
        List<FieldError> errors = new ArrayList<>();
        if (!workout.isFinished()) {
            errors.add(new FieldError("startedAt", "Only a finished workout can be moved to another date"));
        } else if (startedAt <= 0) {
            errors.add(new FieldError("startedAt", "Enter a date and start time"));
        } else if (startedAt + durationMillis > now) {
            errors.add(new FieldError("startedAt", "The workout would end in the future: pick an earlier date or time"));
        }
        throwIfAny(errors);
        return workout.withStart(Register.of(startedAt, stamp), Register.of(startedAt + durationMillis, stamp));
    }

    static Workout withActive(Workout workout, String exerciseId, Stamp stamp) {
        return workout.with(workout.name(), workout.note(), Register.of(exerciseId, stamp), workout.rest(),
                workout.finishedAt(), workout.exercises());
    }

    static Workout withRest(Workout workout, Rest rest, Stamp stamp) {
        return workout.with(workout.name(), workout.note(), workout.activeExerciseId(), Register.of(rest, stamp),
                workout.finishedAt(), workout.exercises());
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static Workout header(String sessionId, String templateId, String name, String note, String active,
                                  List<WorkoutExercise> exercises, Stamp stamp, long now) {
        if (!Checks.isSessionId(sessionId)) {
            throw new IllegalArgumentException("not a session id: " + sessionId);
        }
        List<FieldError> errors = new ArrayList<>();
        Checks.name(name, "name", errors);
        throwIfAny(errors);
        return new Workout(sessionId, templateId, now, stamp, false, Register.of(name.trim(), stamp),
                Register.of(note, stamp), Register.of(active, stamp), Register.of(Rest.NONE, stamp),
                Register.of(0L, stamp), exercises);
    }
}
