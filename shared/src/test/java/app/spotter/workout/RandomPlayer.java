package app.spotter.workout;

import app.spotter.validation.ValidationException;
import java.util.List;
import java.util.Random;

/** One device in the property tests: a skewed clock, its own copy, and random player operations on it. */
final class RandomPlayer {
    final String node;
    final HybridClock clock;
    final long skew;
    final CompletionLog log;
    Workout doc;
    /** The highest stamp of the copy at the last send the server acknowledged (null: none yet). */
    Stamp watermark;
    private int ids;

    RandomPlayer(String node, long skew, Workout start, CompletionLog log) {
        this.node = node;
        this.clock = new HybridClock(node, null);
        this.skew = skew;
        this.log = log;
        this.doc = start;
        clock.observe(start.latestStamp());
    }

    void receive(Workout other) {
        doc = WorkoutMerge.merge(doc, other);
        clock.observe(other.latestStamp());
    }

    /** Applies one random operation; operations the model refuses (limits, nothing done yet) leave the copy. */
    void act(Random r, long trueNow) {
        long now = trueNow + skew;
        Stamp s = clock.next(now);
        List<WorkoutExercise> exercises = doc.visibleExercises();
        WorkoutExercise e = exercises.isEmpty() ? null : exercises.get(r.nextInt(exercises.size()));
        List<WorkoutSet> sets = e == null ? List.of() : e.visibleSets();
        WorkoutSet set = sets.isEmpty() ? null : sets.get(r.nextInt(sets.size()));
        int choice = r.nextInt(24);
        try {
            if (e == null || choice >= 20) {
                general(r, s, now, choice);
            } else if (set == null || choice >= 14) {
                exercise(r, s, e, exercises, choice);
            } else {
                set(r, s, now, e, set, choice);
            }
        } catch (ValidationException refused) {
            // the operation's own limits (21st set, finishing with nothing done): the player would refuse it too
        }
    }

    private void set(Random r, Stamp s, long now, WorkoutExercise e, WorkoutSet set, int choice) {
        String x = e.id();
        String id = set.id();
        ExerciseKind kind = e.kind();
        switch (choice) {
            case 0, 1, 2, 3 -> {
                doc = SetEdits.completeSet(doc, x, id, s, now);
                log.completed(x, id, s);
            }
            case 4, 5 -> {
                if (set.isDone()) {
                    log.retracted(x, id, set.doneAt());
                }
                doc = SetEdits.undoSet(doc, x, id, s);
            }
            case 6 -> doc = kind.takesReps() ? SetEdits.setReps(doc, x, id, r.nextInt(30), s)
                    : SetEdits.setDuration(doc, x, id, r.nextInt(600), s);
            case 7 -> doc = kind.takesWeight() ? SetEdits.setWeight(doc, x, id, r.nextInt(800) / 4.0, s)
                    : kind.takesDistance() ? SetEdits.setDistance(doc, x, id, r.nextInt(10_000), s) : doc;
            case 8 -> doc = SetEdits.setRpe(doc, x, id, r.nextBoolean() ? 0 : 6 + r.nextInt(9) / 2.0, s);
            case 9 -> doc = SetEdits.setType(doc, x, id, SetType.values()[r.nextInt(4)], s);
            case 10, 11 -> doc = SetEdits.addSet(doc, x, newId(), s);
            default -> {
                log.retracted(x, id, set.doneAt());
                doc = SetEdits.removeSet(doc, x, id, s);
            }
        }
    }

    private void exercise(Random r, Stamp s, WorkoutExercise e, List<WorkoutExercise> all, int choice) {
        String x = e.id();
        switch (choice % 7) {
            case 0, 1 -> doc = SetEdits.addSet(doc, x, newId(), s);
            case 2 -> {
                retractAll(e);
                doc = ExerciseEdits.removeExercise(doc, x, s);
            }
            case 3 -> doc = ExerciseEdits.moveExercise(doc, x, r.nextBoolean() ? 1 : -1, s);
            case 4 -> {
                ExerciseKind kind = ExerciseKind.values()[r.nextInt(ExerciseKind.values().length)];
                String replacement = newId();
                if (kind != e.kind()) {
                    retractAll(e);
                }
                doc = ExerciseEdits.replaceExercise(doc, x, "Swap " + replacement, kind, replacement, s);
                if (kind != e.kind()) {
                    for (WorkoutSet copy : doc.exercise(replacement).sets()) {
                        if (copy.isDone()) {
                            log.completed(replacement, copy.id(), copy.doneAt());
                        }
                    }
                }
            }
            case 5 -> {
                int i = all.indexOf(e);
                doc = i + 1 < all.size() ? ExerciseEdits.groupSuperset(doc, x, all.get(i + 1).id(), newId(), s)
                        : ExerciseEdits.ungroupSuperset(doc, x, s);
            }
            default -> doc = r.nextBoolean() ? ExerciseEdits.setNote(doc, x, "n" + r.nextInt(99), s)
                    : SessionEdits.moveTo(doc, x, s);
        }
    }

    private void general(Random r, Stamp s, long now, int choice) {
        switch (choice % 6) {
            case 0, 1 -> doc = ExerciseEdits.addExercise(doc, newId(), "Added", 
                    ExerciseKind.values()[r.nextInt(ExerciseKind.values().length)], r.nextInt(4) * 30, s);
            case 2 -> doc = SessionEdits.startRest(doc, 30 + r.nextInt(120), s, now);
            case 3 -> doc = r.nextBoolean() ? SessionEdits.skipRest(doc, s)
                    : SessionEdits.adjustRest(doc, r.nextBoolean() ? 15 : -15, s, now);
            case 4 -> doc = r.nextBoolean() ? SessionEdits.rename(doc, "W" + r.nextInt(9), s)
                    : SessionEdits.setNote(doc, "note " + r.nextInt(9), s);
            default -> doc = doc.isFinished() && r.nextBoolean()
                    // Editing the logged workout: another date, a few hours to days earlier or later.
                    ? SessionEdits.moveStart(doc, doc.startedAt() + (r.nextInt(97) - 72) * 3_600_000L, s, now)
                    : SessionEdits.finish(doc, s, now);
        }
    }

    private void retractAll(WorkoutExercise e) {
        for (WorkoutSet set : e.sets()) {
            log.retracted(e.id(), set.id(), set.effectiveDoneAt());
        }
    }

    private String newId() {
        return node + "-" + (ids++);
    }
}
