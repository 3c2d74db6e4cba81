package app.spotter.sync;

import app.spotter.session.SessionExercise;
import app.spotter.session.SetEntry;
import app.spotter.session.WorkoutSession;
import java.util.ArrayList;
import java.util.List;

/**
 * The one rule that decides between two copies of a draft, run by the client at hydration and by the server on
 * every sync. Copies of the same session are merged set by set so that no completed set is lost; between
 * different sessions the newer one wins, and on a tie the server's.
 */
public final class DraftMerge {
    private DraftMerge() {
    }

    /** The copy the player should show: either argument may be null. */
    public static WorkoutSession choose(WorkoutSession local, WorkoutSession server) {
        if (local == null) {
            return server;
        }
        if (server == null) {
            return local;
        }
        if (local.sessionId().equals(server.sessionId())) {
            return merge(server, local);
        }
        return local.updatedAt() > server.updatedAt() ? local : server;
    }

    /**
     * Merges two copies of one session. Session-wide fields (active exercise, rest) come from the copy with the
     * higher revision (the later {@code updatedAt} on a tie; {@code a} on a full tie); each set comes from the copy
     * that changed it last, and a done set wins a tie. The result carries the higher revision, so merging is
     * idempotent and a copy never goes backwards.
     */
    public static WorkoutSession merge(WorkoutSession a, WorkoutSession b) {
        if (!a.sessionId().equals(b.sessionId())) {
            throw new IllegalArgumentException("only copies of one session can be merged");
        }
        WorkoutSession base = isAhead(b, a) ? b : a;
        WorkoutSession other = base == a ? b : a;
        List<SessionExercise> exercises = new ArrayList<>();
        for (int i = 0; i < base.exercises().size(); i++) {
            SessionExercise mine = base.exercises().get(i);
            SessionExercise theirs = i < other.exercises().size() ? other.exercises().get(i) : null;
            exercises.add(theirs == null ? mine : mergeExercise(mine, theirs));
        }
        return new WorkoutSession(base.sessionId(), base.templateId(), base.name(), base.startedAt(),
                Math.max(a.updatedAt(), b.updatedAt()), Math.max(a.revision(), b.revision()),
                base.activeExerciseIndex(), base.restEndsAt(), exercises, Math.max(a.finishedAt(), b.finishedAt()));
    }

    /** True when {@code x} is a later state than {@code y}: a higher revision, or the same and a later update. */
    public static boolean isAhead(WorkoutSession x, WorkoutSession y) {
        if (x.revision() != y.revision()) {
            return x.revision() > y.revision();
        }
        return x.updatedAt() > y.updatedAt();
    }

    private static SessionExercise mergeExercise(SessionExercise mine, SessionExercise theirs) {
        List<SetEntry> sets = new ArrayList<>();
        for (int s = 0; s < mine.sets().size(); s++) {
            SetEntry set = mine.sets().get(s);
            sets.add(s < theirs.sets().size() ? later(set, theirs.sets().get(s)) : set);
        }
        return new SessionExercise(mine.name(), mine.restSeconds(), sets);
    }

    private static SetEntry later(SetEntry mine, SetEntry theirs) {
        if (mine.changedAt() != theirs.changedAt()) {
            return mine.changedAt() > theirs.changedAt() ? mine : theirs;
        }
        return theirs.done() && !mine.done() ? theirs : mine;
    }
}
