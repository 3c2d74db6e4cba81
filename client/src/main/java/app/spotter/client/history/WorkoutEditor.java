package app.spotter.client.history;

import app.spotter.client.player.LoggedWorkoutSaver;
import app.spotter.client.player.SetInput;
import app.spotter.client.player.StampSource;
import app.spotter.client.player.WeightInput;
import app.spotter.client.ui.UnitMessages;
import app.spotter.history.WeightUnit;
import app.spotter.validation.FieldError;
import app.spotter.validation.ValidationException;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutSet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The edit mode of a logged workout's page: every change is a shared model operation ({@link SetEdits},
 * {@link SessionEdits#moveStart}) with a fresh stamp of this device, so the server merges it like a live set. A
 * value that is refused stays as typed with its message (keyed like the field on screen), and Save sends nothing
 * while one is left. Save goes through {@link LoggedWorkoutSaver} (the device's outbox, then the server).
 */
public final class WorkoutEditor {
    /** The key of the date and start time fields' message. */
    public static final String WHEN = "startedAt";

    private final LoggedWorkoutSaver saver;
    private final StampSource stamps;
    private final Supplier<String> ids;
    private final LongSupplier serverNow;
    private final WeightUnit unit;
    private final StartTime zone;
    private final Map<String, String> typed = new HashMap<>();
    private final Map<String, String> errors = new HashMap<>();
    private Workout workout;
    private boolean saving;
    private String problem = "";

    public WorkoutEditor(Workout logged, LoggedWorkoutSaver saver, StampSource stamps, Supplier<String> ids,
                         LongSupplier serverNow, WeightUnit unit, StartTime zone) {
        this.workout = logged;
        this.saver = saver;
        this.stamps = stamps;
        this.ids = ids;
        this.serverNow = serverNow;
        this.unit = unit;
        this.zone = zone;
        stamps.saw(logged);
    }

    public Workout workout() {
        return workout;
    }

    public WeightUnit unit() {
        return unit;
    }

    public boolean saving() {
        return saving;
    }

    /** A message about the whole edit (a refused save), or "". */
    public String problem() {
        return problem;
    }

    /** The message next to a field ({@link #key}, {@link #WHEN}, or an exercise id + "/add"), or null. */
    public String error(String key) {
        return errors.get(key);
    }

    /** What the user typed into a field that was refused, so a redraw keeps it; null when it holds the value. */
    public String typed(String key) {
        return typed.get(key);
    }

    public static String key(String exerciseId, String setId, String field) {
        return exerciseId + "/" + setId + "/" + field;
    }

    /** "reps", "weight" (in the user's unit), "durationSeconds" or "distanceMeters". */
    public void editField(String exerciseId, String setId, String field, String text) {
        String key = key(exerciseId, setId, field);
        WorkoutSet set = workout.exercise(exerciseId).set(setId);
        String value = field.equals("weight") ? WeightInput.toKgText(text, set.weightValue(), unit) : text;
        apply(key, text, () -> SetInput.edit(workout, exerciseId, setId, field, value, stamps.next()));
    }

    public void toggleDone(String exerciseId, String setId) {
        boolean done = workout.exercise(exerciseId).set(setId).isDone();
        apply("", "", () -> done ? SetEdits.undoSet(workout, exerciseId, setId, stamps.next())
                : SetEdits.markDone(workout, exerciseId, setId, stamps.next()));
    }

    /** A copy of the exercise's last set, after it, ticked done: a set forgotten during the workout was done. */
    public void addSet(String exerciseId) {
        String setId = ids.get();
        apply(exerciseId + "/add", "", () -> SetEdits.markDone(SetEdits.addSet(workout, exerciseId, setId, stamps.next()), exerciseId,
                setId, stamps.next()));
    }

    public void removeSet(String exerciseId, String setId) {
        apply("", "", () -> SetEdits.removeSet(workout, exerciseId, setId, stamps.next()));
    }

    /** The date ({@code YYYY-MM-DD}) and start time ({@code HH:MM}) on the user's calendar; the duration stays. */
    public void moveTo(String date, String time) {
        apply(WHEN, date + " " + time, () -> {
            long start = zone.parse(date, time);
            return start == workout.startedAt() ? workout
                    : SessionEdits.moveStart(workout, start, stamps.next(), serverNow.getAsLong());
        });
    }

    /** Sends the edit unless a field is refused; {@code done} hears how it ended (after it is kept on the device). */
    public void save(Consumer<LoggedWorkoutSaver.Result> done) {
        if (!errors.isEmpty()) {
            problem = "Fix the fields marked above first: nothing was saved.";
            return;
        }
        saving = true;
        problem = "";
        saver.save(workout, result -> {
            saving = false;
            if (result.outcome() == LoggedWorkoutSaver.Outcome.REFUSED
                    || result.outcome() == LoggedWorkoutSaver.Outcome.NO_ROOM) {
                problem = UnitMessages.inUnit(result.error(), unit).message();
            }
            done.accept(result);
        });
    }

    private void apply(String key, String text, Supplier<Workout> change) {
        try {
            workout = change.get();
            errors.remove(key);
            typed.remove(key);
        } catch (ValidationException refused) {
            FieldError error = UnitMessages.inUnit(refused.first(), unit);
            errors.put(key, error.message());
            typed.put(key, text);
        }
        if (errors.isEmpty()) {
            problem = "";
        }
    }
}
