package app.spotter.client.player;

import app.spotter.client.api.ApiErrors;
import app.spotter.client.platform.HttpClient;
import app.spotter.client.platform.HttpResponse;
import app.spotter.client.platform.StorageFullException;
import app.spotter.json.SessionCodec;
import app.spotter.session.WorkoutSession;
import app.spotter.validation.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The specification's {@code logging.service}: {@link #logWorkout} saves a finished workout with
 * {@code POST /api/workouts}. The workout waits in the {@link Outbox} until the server acknowledges it (201, or
 * 200 when that session was already logged: the server is idempotent by session id, so a retry never logs twice);
 * only then are the local draft and the outbox entry removed. The server removes its draft in the same transaction.
 */
public final class LoggingService {
    static final String PATH = "/api/workouts";
    private final HttpClient http;
    private final Outbox outbox;
    private final LocalSessionStore store;
    private final Map<String, List<Consumer<Result>>> waiting = new HashMap<>();

    public LoggingService(HttpClient http, Outbox outbox, LocalSessionStore store) {
        this.http = http;
        this.outbox = outbox;
        this.store = store;
    }

    /** The outcome of one attempt: saved, or the reason it is not saved yet. */
    public record Result(boolean saved, FieldError error) {
        static final Result SAVED = new Result(true, null);
    }

    public void logWorkout(WorkoutSession finished, Consumer<Result> done) {
        if (!finished.isFinished()) {
            throw new IllegalArgumentException("only a finished workout can be logged");
        }
        try {
            outbox.add(finished);
        } catch (StorageFullException full) {
            // The active key still holds the finished session; the attempt below is what matters now.
        }
        post(finished, done);
    }

    /** Sends every waiting workout again (on opening the player or starting a workout). */
    public void flushOutbox() {
        flushOutbox(allSaved -> { });
    }

    /** Sends every waiting workout again and tells, once all have answered, whether the server has them all. */
    public void flushOutbox(Consumer<Boolean> allSaved) {
        List<WorkoutSession> sending = outbox.all();
        if (sending.isEmpty()) {
            allSaved.accept(true);
            return;
        }
        int[] left = {sending.size()};
        boolean[] saved = {true};
        for (WorkoutSession waiting : sending) {
            post(waiting, result -> {
                saved[0] &= result.saved();
                left[0]--;
                if (left[0] == 0) {
                    allSaved.accept(saved[0]);
                }
            });
        }
    }

    public boolean isWaiting(String sessionId) {
        return outbox.contains(sessionId);
    }

    // One request per workout at a time: a second ask while one is under way waits for that answer.
    private void post(WorkoutSession finished, Consumer<Result> done) {
        String id = finished.sessionId();
        List<Consumer<Result>> waiters = waiting.get(id);
        if (waiters != null) {
            waiters.add(done);
            return;
        }
        waiters = new ArrayList<>();
        waiters.add(done);
        waiting.put(id, waiters);
        http.send("POST", PATH, SessionCodec.write(finished), response -> {
            Result result = Result.SAVED;
            if (acknowledged(response)) {
                outbox.remove(id);
                store.clear(id);
            } else {
                result = new Result(false, ApiErrors.from(response));
            }
            for (Consumer<Result> waiter : waiting.remove(id)) {
                waiter.accept(result);
            }
        });
    }

    private static boolean acknowledged(HttpResponse response) {
        return response.status() == 201 || response.status() == 200;
    }
}
