package app.spotter.client.player;

import app.spotter.client.api.ApiErrors;
import app.spotter.json.SessionCodec;
import app.spotter.session.WorkoutSession;
import app.spotter.sync.LateChanges;
import app.spotter.validation.FieldError;
import java.util.List;

/**
 * A workout finished on another device while this one still had changes to it (the server answered 410 with the
 * logged copy). When this device's copy has sets the log lacks, the user chooses: add them to the logged workout
 * ({@code POST /api/workouts/{id}/amend}) or drop them. Either way the local copy is then cleared, so nothing
 * stale stays in the player; until the choice, it stays on the device and a reload asks again.
 */
public final class LateChangesOffer {
    private final PlayerController player;
    private WorkoutSession logged;
    private WorkoutSession copy;
    private List<LateChanges.SetChange> changes = List.of();
    private boolean sending;
    private FieldError error;

    LateChangesOffer(PlayerController player) {
        this.player = player;
    }

    /** The sets the user is asked about; empty when nothing is asked. */
    public List<LateChanges.SetChange> changes() {
        return changes;
    }

    /** Why adding them failed (null unless it did). */
    public FieldError error() {
        return error;
    }

    public boolean sending() {
        return sending;
    }

    void offer(WorkoutSession loggedElsewhere, WorkoutSession localCopy) {
        changes = LateChanges.find(loggedElsewhere, localCopy);
        if (changes.isEmpty()) {
            player.store.clear(localCopy.sessionId());
            player.update(s -> s.withNotice("\"" + localCopy.name() + "\" was finished on another device; it is "
                    + "in your history with everything this device recorded."));
            return;
        }
        logged = loggedElsewhere;
        copy = localCopy;
        error = null;
    }

    public void add() {
        if (copy == null || sending) {
            return;
        }
        sending = true;
        error = null;
        String path = LoggingService.PATH + "/" + copy.sessionId() + "/amend";
        player.platform.http().send("POST", path, SessionCodec.write(copy), response -> {
            sending = false;
            if (response.status() == 200) {
                settle("The sets from this device were added to \"" + copy.name() + "\".");
            } else {
                error = ApiErrors.from(response);
            }
            player.redraw();
        });
    }

    public void drop() {
        if (copy != null && !sending) {
            settle("This device's later changes to \"" + logged.name() + "\" were dropped; the workout stays as "
                    + "logged.");
            player.redraw();
        }
    }

    private void settle(String notice) {
        player.store.clear(copy.sessionId());
        player.update(s -> s.withNotice(notice));
        changes = List.of();
        copy = null;
        logged = null;
    }

    /** One line per set, as the dialog lists them: "Bench press, set 2: 8 × 60 kg done". */
    public static String describe(LateChanges.SetChange change) {
        return change.exerciseName() + ", set " + (change.set() + 1) + ": " + change.copy().reps() + " \u00d7 "
                + Numbers.kg(change.copy().weight()) + " kg" + (change.copy().done() ? " done" : " not done");
    }
}
