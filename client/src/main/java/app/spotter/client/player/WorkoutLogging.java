package app.spotter.client.player;

import app.spotter.client.api.Answers;
import app.spotter.client.api.ApiCall;
import app.spotter.client.api.ApiFailure;
import app.spotter.client.platform.HttpClient;
import app.spotter.client.platform.StorageFullException;
import app.spotter.validation.FieldError;
import app.spotter.workout.SessionEndedCodec;
import app.spotter.workout.StoredDocuments;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Logs finished workouts (session model 2) with {@code POST /api/workouts[?restore=true]}. A workout waits in the
 * {@link WorkoutOutbox} until the server acknowledges it (201, or 200 when it was already logged: the answer is
 * then the merged log); only then are the outbox entry and the device's active copy removed. A 410 (deleted or
 * discarded elsewhere) keeps it here: only the user can say "log it anyway", which sends {@code restore=true}.
 */
final class WorkoutLogging {
    static final String PATH = "/api/workouts";
    private static final int GONE = 410;
    private final HttpClient http;
    private final WorkoutOutbox outbox;
    private final WorkoutStore store;
    private final Map<String, List<Consumer<Result>>> waiting = new HashMap<>();

    WorkoutLogging(HttpClient http, WorkoutOutbox outbox, WorkoutStore store) {
        this.http = http;
        this.outbox = outbox;
        this.store = store;
    }

    /** How one attempt ended. */
    enum Outcome { SAVED, GONE, FAILED }

    /**
     * @param logged the server's copy (merged with other devices' late sets) when saved, else null
     * @param reason "deleted" or "discarded" when gone
     * @param failure why it failed (offline, refused ...), null unless failed
     */
    record Result(Outcome outcome, Workout logged, String reason, ApiFailure failure) {
        boolean saved() {
            return outcome == Outcome.SAVED;
        }

        FieldError error() {
            return failure == null ? null : failure.error();
        }

        /** The server read the workout and said no (400, 413 ...): sending it again would get the same answer. */
        boolean refused() {
            return failure != null && failure.refused();
        }
    }

    /** Keeps the finished workout in the outbox, then sends it. */
    void log(Workout finished, boolean restore, Consumer<Result> done) {
        if (!finished.isFinished()) {
            throw new IllegalArgumentException("only a finished workout can be logged");
        }
        try {
            outbox.add(finished);
        } catch (StorageFullException full) {
            // The active key still holds the finished workout; the attempt below is what matters now.
        }
        post(finished, restore, done);
    }

    /** Sends a workout that is in the outbox already (an edit of a logged one, or a retry). */
    void send(Workout finished, boolean restore, Consumer<Result> done) {
        post(finished, restore, done);
    }

    // One request per workout at a time: a second ask while one is under way waits for that answer.
    private void post(Workout finished, boolean restore, Consumer<Result> done) {
        String id = finished.sessionId();
        List<Consumer<Result>> waiters = waiting.get(id);
        if (waiters != null) {
            waiters.add(done);
            return;
        }
        waiters = new ArrayList<>();
        waiters.add(done);
        waiting.put(id, waiters);
        String path = PATH + (restore ? "?restore=true" : "");
        ApiCall.send(http, "POST", path, WorkoutCodec.write(finished), new Answers()
                .ok(response -> answered(id, new Result(Outcome.SAVED, documentOrNull(response.body()), "", null)))
                .on(GONE, response -> answered(id, new Result(Outcome.GONE, null, reasonOf(response.body()), null)))
                .failed(failure -> answered(id, new Result(Outcome.FAILED, null, "", failure))));
    }

    private void answered(String id, Result result) {
        if (result.saved()) {
            outbox.remove(id);
            store.clear(id);
        }
        for (Consumer<Result> waiter : waiting.remove(id)) {
            waiter.accept(result);
        }
    }

    private static Workout documentOrNull(String body) {
        try {
            return StoredDocuments.workout(body);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    // A 410 says the session is over even when its body cannot be read: "deleted" stands in for the reason.
    private static String reasonOf(String body) {
        try {
            String reason = SessionEndedCodec.read(body, 0).reason();
            return reason.isEmpty() ? "deleted" : reason;
        } catch (RuntimeException unreadable) {
            return "deleted";
        }
    }
}
