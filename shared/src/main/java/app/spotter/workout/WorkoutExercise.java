package app.spotter.workout;

import java.util.ArrayList;
import java.util.List;

/**
 * One exercise of a workout document: a fixed id and kind, its changeable fields as registers, and all its sets
 * (removed ones too) in id order. Consecutive visible exercises with the same non-empty superset group form a
 * superset. {@code restMaxSeconds} makes the rest a window (absent, or not longer than the rest: a single value);
 * it is a register of its own, so the two ends are merged each on its own and the window is read leniently.
 */
public record WorkoutExercise(String id, Stamp created, ExerciseKind kind, Register<String> name,
                              Register<Integer> restSeconds, Register<Integer> restMaxSeconds,
                              Register<String> note, Register<String> position,
                              Register<String> supersetGroup, ExerciseRemoval removed,
                              List<WorkoutSet> sets) {
    public WorkoutExercise {
        sets = Items.byId(sets, WorkoutSet::id);
    }

    static WorkoutExercise create(String id, ExerciseKind kind, String name, int restSeconds, String note,
                                  String position, String supersetGroup, List<WorkoutSet> sets, Stamp stamp) {
        return create(id, kind, name, restSeconds, 0, note, position, supersetGroup, sets, stamp);
    }

    /** A new exercise; without a window ({@code restMaxSeconds} 0) the field is left out of the document. */
    static WorkoutExercise create(String id, ExerciseKind kind, String name, int restSeconds, int restMaxSeconds,
                                  String note, String position, String supersetGroup, List<WorkoutSet> sets,
                                  Stamp stamp) {
        return new WorkoutExercise(id, stamp, kind, Register.of(name, stamp), Register.of(restSeconds, stamp),
                restMaxSeconds > 0 ? Register.of(restMaxSeconds, stamp) : null, Register.of(note, stamp),
                Register.of(position, stamp), Register.of(supersetGroup, stamp), null,
                sets);
    }

    /** Removed unless a set was completed after the remover last saw it. */
    public boolean isRemoved() {
        return removed != null && removed.cancels(this);
    }

    /** The sets that are not removed, in order of position (then id). */
    public List<WorkoutSet> visibleSets() {
        List<WorkoutSet> visible = new ArrayList<>();
        for (WorkoutSet set : sets) {
            if (!set.isRemoved()) {
                visible.add(set);
            }
        }
        Items.sortByPosition(visible, WorkoutSet::positionKey, WorkoutSet::id);
        return visible;
    }

    /** The set with this id, removed or not, or null. */
    public WorkoutSet set(String setId) {
        return Items.find(sets, setId, WorkoutSet::id);
    }

    public String nameValue() {
        return name == null ? "" : name.value();
    }

    public int restValue() {
        return restSeconds == null ? 0 : restSeconds.value();
    }

    /** The longest rest of the window, or 0 when the rest is a single value. */
    public int restMaxValue() {
        int max = restMaxSeconds == null ? 0 : restMaxSeconds.value();
        return max > restValue() ? max : 0;
    }

    public String noteValue() {
        return note == null ? "" : note.value();
    }

    public String positionKey() {
        return position == null ? "" : position.value();
    }

    /** The superset group id, or "" when the exercise is on its own. */
    public String groupValue() {
        return supersetGroup == null ? "" : supersetGroup.value();
    }

    public int setsDone() {
        int n = 0;
        for (WorkoutSet set : visibleSets()) {
            if (set.isDone()) {
                n++;
            }
        }
        return n;
    }

    WorkoutExercise with(Register<String> newName, Register<Integer> newRest, Register<String> newNote,
                         Register<String> newPosition, Register<String> newGroup) {
        return new WorkoutExercise(id, created, kind, newName, newRest, restMaxSeconds, newNote, newPosition,
                newGroup, removed, sets);
    }

    WorkoutExercise withRest(Register<Integer> newRest, Register<Integer> newRestMax) {
        return new WorkoutExercise(id, created, kind, name, newRest, newRestMax, note, position, supersetGroup,
                removed, sets);
    }

    WorkoutExercise withRemoved(ExerciseRemoval r) {
        return new WorkoutExercise(id, created, kind, name, restSeconds, restMaxSeconds, note, position,
                supersetGroup, r, sets);
    }

    WorkoutExercise withSet(WorkoutSet set) {
        return new WorkoutExercise(id, created, kind, name, restSeconds, restMaxSeconds, note, position,
                supersetGroup, removed, Items.replace(sets, set, WorkoutSet::id));
    }

    static WorkoutExercise merge(WorkoutExercise a, WorkoutExercise b) {
        // The kind is fixed at creation, so two copies agree; the lower one is kept so a bad copy cannot flip it.
        ExerciseKind kind = a.kind.ordinal() <= b.kind.ordinal() ? a.kind : b.kind;
        return new WorkoutExercise(a.id, Stamp.min(a.created, b.created), kind, Register.merge(a.name, b.name),
                Register.merge(a.restSeconds, b.restSeconds), Register.merge(a.restMaxSeconds, b.restMaxSeconds),
                Register.merge(a.note, b.note),
                Register.merge(a.position, b.position), Register.merge(a.supersetGroup, b.supersetGroup),
                ExerciseRemoval.merge(a.removed, b.removed), Items.merge(a.sets, b.sets, WorkoutSet::id,
                        WorkoutSet::merge));
    }

    /** The exercise's own fields and the sets changed after {@code watermark}, or null when nothing was. Its own
     * fields always travel whole, like sets (see {@link WorkoutSet#since}). */
    WorkoutExercise since(Stamp watermark) {
        List<WorkoutSet> changed = new ArrayList<>();
        for (WorkoutSet set : sets) {
            if (set.since(watermark) != null) {
                changed.add(set);
            }
        }
        boolean own = created.isAfter(watermark) || Register.since(name, watermark) != null
                || Register.since(restSeconds, watermark) != null || Register.since(restMaxSeconds, watermark) != null
                || Register.since(note, watermark) != null
                || Register.since(position, watermark) != null || Register.since(supersetGroup, watermark) != null
                || ExerciseRemoval.after(removed, watermark);
        if (!own && changed.isEmpty()) {
            return null;
        }
        return new WorkoutExercise(id, created, kind, name, restSeconds, restMaxSeconds, note, position,
                supersetGroup, removed, changed);
    }

    public Stamp latestStamp() {
        Stamp max = created;
        max = Register.latest(max, name);
        max = Register.latest(max, restSeconds);
        max = Register.latest(max, restMaxSeconds);
        max = Register.latest(max, note);
        max = Register.latest(max, position);
        max = Register.latest(max, supersetGroup);
        max = ExerciseRemoval.latest(max, removed);
        for (WorkoutSet set : sets) {
            max = Stamp.max(max, set.latestStamp());
        }
        return max;
    }
}
