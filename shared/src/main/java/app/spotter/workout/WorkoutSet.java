package app.spotter.workout;

/**
 * One set of an exercise in a workout document. Every changeable field is its own register; a field the
 * exercise's kind does not take is null, and in a partial document (a delta) any register may be null.
 * Done is {@code doneAt} (the latest completion, a max register) not cancelled by {@code undone}.
 */
public record WorkoutSet(String id, Stamp created, Register<String> position, Register<SetType> type,
                         Register<Integer> reps, Register<Double> weight, Register<Integer> durationSeconds,
                         Register<Double> distanceMeters, Register<Double> rpe, Register<Targets> targets,
                         Stamp doneAt, Retraction undone, Retraction removed) {

    /** A new set of {@code kind} with these values and targets (fields the kind does not take are dropped). */
    static WorkoutSet create(String id, ExerciseKind kind, String position, SetType type, Targets values,
                             Targets targets, double rpe, Stamp stamp) {
        return new WorkoutSet(id, stamp, Register.of(position, stamp), Register.of(type, stamp),
                kind.takesReps() ? Register.of(values.reps(), stamp) : null,
                kind.takesWeight() ? Register.of(values.weight(), stamp) : null,
                kind.takesDuration() ? Register.of(values.durationSeconds(), stamp) : null,
                kind.takesDistance() ? Register.of(values.distanceMeters(), stamp) : null,
                Register.of(rpe, stamp), Register.of(targets.forKind(kind), stamp), null, null, null);
    }

    public boolean isDone() {
        return doneAt != null && (undone == null || !undone.cancels(doneAt));
    }

    /** The stamp of the completion that makes this set done, or null when it is not done. */
    public Stamp effectiveDoneAt() {
        return isDone() ? doneAt : null;
    }

    /** Removed unless a completion the remover had not seen brought it back. */
    public boolean isRemoved() {
        return removed != null && removed.cancels(effectiveDoneAt());
    }

    public String positionKey() {
        return position == null ? "" : position.value();
    }

    public SetType typeValue() {
        return type == null ? SetType.NORMAL : type.value();
    }

    public int repsValue() {
        return reps == null ? 0 : reps.value();
    }

    public double weightValue() {
        return weight == null ? 0 : weight.value();
    }

    public int durationValue() {
        return durationSeconds == null ? 0 : durationSeconds.value();
    }

    public double distanceValue() {
        return distanceMeters == null ? 0 : distanceMeters.value();
    }

    /** RPE 6 to 10 in steps of 0.5, or 0 when none was given. */
    public double rpeValue() {
        return rpe == null ? 0 : rpe.value();
    }

    public Targets targetsValue() {
        return targets == null ? Targets.NONE : targets.value();
    }

    /** The values as a Targets record (for copying a set or writing a template from what was done). */
    public Targets values() {
        return new Targets(repsValue(), weightValue(), durationValue(), distanceValue());
    }

    WorkoutSet withPosition(Register<String> r) {
        return new WorkoutSet(id, created, r, type, reps, weight, durationSeconds, distanceMeters, rpe, targets,
                doneAt, undone, removed);
    }

    WorkoutSet withType(Register<SetType> r) {
        return new WorkoutSet(id, created, position, r, reps, weight, durationSeconds, distanceMeters, rpe, targets,
                doneAt, undone, removed);
    }

    WorkoutSet withValues(Register<Integer> newReps, Register<Double> newWeight, Register<Integer> newDuration,
                          Register<Double> newDistance) {
        return new WorkoutSet(id, created, position, type, newReps, newWeight, newDuration, newDistance, rpe,
                targets, doneAt, undone, removed);
    }

    WorkoutSet withRpe(Register<Double> r) {
        return new WorkoutSet(id, created, position, type, reps, weight, durationSeconds, distanceMeters, r, targets,
                doneAt, undone, removed);
    }

    WorkoutSet withDone(Stamp newDoneAt, Retraction newUndone) {
        return new WorkoutSet(id, created, position, type, reps, weight, durationSeconds, distanceMeters, rpe,
                targets, newDoneAt, newUndone, removed);
    }

    WorkoutSet withRemoved(Retraction r) {
        return new WorkoutSet(id, created, position, type, reps, weight, durationSeconds, distanceMeters, rpe,
                targets, doneAt, undone, r);
    }

    /** Field by field merge of two copies of one set (same id). */
    static WorkoutSet merge(WorkoutSet a, WorkoutSet b) {
        return new WorkoutSet(a.id, Stamp.min(a.created, b.created),
                Register.merge(a.position, b.position), Register.merge(a.type, b.type),
                Register.merge(a.reps, b.reps), Register.merge(a.weight, b.weight),
                Register.merge(a.durationSeconds, b.durationSeconds),
                Register.merge(a.distanceMeters, b.distanceMeters), Register.merge(a.rpe, b.rpe),
                Register.merge(a.targets, b.targets), Stamp.max(a.doneAt, b.doneAt),
                Retraction.merge(a.undone, b.undone), Retraction.merge(a.removed, b.removed));
    }

    /** The whole set when anything in it was written after {@code watermark}, else null. A delta carries whole
     * sets so that a copy which never had this set still gets all of it (copies also pass from tab to tab). */
    WorkoutSet since(Stamp watermark) {
        return latestStamp().isAfter(watermark) ? this : null;
    }

    /** The latest stamp anywhere in this set. */
    public Stamp latestStamp() {
        Stamp max = created;
        max = Register.latest(max, position);
        max = Register.latest(max, type);
        max = Register.latest(max, reps);
        max = Register.latest(max, weight);
        max = Register.latest(max, durationSeconds);
        max = Register.latest(max, distanceMeters);
        max = Register.latest(max, rpe);
        max = Register.latest(max, targets);
        max = Stamp.max(max, doneAt);
        max = Retraction.latest(max, undone);
        return Retraction.latest(max, removed);
    }
}
