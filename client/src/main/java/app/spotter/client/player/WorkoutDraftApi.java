package app.spotter.client.player;

import app.spotter.client.api.Answers;
import app.spotter.client.api.ApiCall;
import app.spotter.client.api.ServerClock;
import app.spotter.client.platform.HttpClient;
import app.spotter.client.platform.HttpResponse;
import app.spotter.workout.DraftAnswerCodec;
import app.spotter.workout.SessionEndedCodec;
import app.spotter.workout.StoredDocuments;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The session-draft calls of wire format 2. {@code PUT /api/session-draft?baseRevision=n[&replace=true]} with a
 * whole document or a delta ({@code "partial": true}); answers: 200 {@code {"revision", "serverTime"}} plus
 * {@code "draft"} (the whole merged document) when the server had changes this device had not merged; 412 when
 * a delta names a session the server has no copy of; 409 {@code {"draft"}} when a different session is active;
 * 410 {@code {"workout"}} (logged) or {@code {"reason": "deleted"|"discarded"}}. {@code GET} answers 200 with the
 * document or 204.
 */
final class WorkoutDraftApi implements PendingDiscards.Deleter {
    static final String PATH = "/api/session-draft";
    private static final int NO_CONTENT = 204;
    private static final int NOT_FOUND = 404;
    private static final int SESSION_GONE = 410;
    private static final int NO_SERVER_COPY = 412;
    private final HttpClient http;
    private final ServerClock serverClock;

    WorkoutDraftApi(HttpClient http, ServerClock serverClock) {
        this.http = http;
        this.serverClock = serverClock;
    }

    /** The server's answer to a write, reduced to what the sync acts on. */
    record Answer(Kind kind, long revision, Workout draft, String reason) {
        enum Kind { SAVED, NO_COPY, CONFLICT, GONE, FAILED }

        static Answer of(Kind kind) {
            return new Answer(kind, 0, null, "");
        }
    }

    void put(Workout payload, long baseRevision, boolean replace, Consumer<Answer> done) {
        String path = PATH + "?baseRevision=" + baseRevision + (replace ? "&replace=true" : "");
        long sentAt = serverClock.deviceNow();
        // An answer that cannot be read is retried like a failed request (a 410 without a readable workout still
        // says the session is over).
        ApiCall.send(http, "PUT", path, WorkoutCodec.write(payload), new Answers()
                .ok(response -> done.accept(readOr(Answer.of(Answer.Kind.FAILED), () -> saved(response, sentAt))))
                .on(NO_SERVER_COPY, response -> done.accept(Answer.of(Answer.Kind.NO_COPY)))
                .conflict(response -> done.accept(readOr(Answer.of(Answer.Kind.FAILED), () -> conflict(response))))
                .on(SESSION_GONE, response -> done.accept(readOr(Answer.of(Answer.Kind.GONE), () -> gone(response))))
                .failed(failure -> done.accept(Answer.of(Answer.Kind.FAILED))));
    }

    /** GET: the server's draft (null for 204), or {@code onFailure} when it cannot be had. */
    void fetch(Consumer<Workout> done, Runnable onFailure) {
        ApiCall.send(http, "GET", PATH, null, new Answers()
                .on(NO_CONTENT, response -> done.accept(null))
                .ok(response -> {
                    Workout draft = readOr(null, () -> StoredDocuments.workout(response.body()));
                    if (draft == null) {
                        onFailure.run();
                    } else {
                        done.accept(draft);
                    }
                })
                .failed(failure -> onFailure.run()));
    }

    @Override
    public void delete(String sessionId, Consumer<Boolean> done) {
        ApiCall.send(http, "DELETE", PATH + "/" + sessionId, null, new Answers()
                .ok(response -> done.accept(true))
                .on(NOT_FOUND, response -> done.accept(true))
                .on(SESSION_GONE, response -> done.accept(true))
                .failed(failure -> done.accept(false)));
    }

    private Answer saved(HttpResponse response, long sentAt) {
        DraftAnswerCodec.Saved saved = DraftAnswerCodec.readSaved(response.body(), serverClock.now());
        if (response.serverTime() <= 0) {
            serverClock.observe(saved.serverTime(), sentAt, serverClock.deviceNow());
        }
        return new Answer(Answer.Kind.SAVED, saved.revision(), saved.draft(), "");
    }

    private Answer conflict(HttpResponse response) {
        return new Answer(Answer.Kind.CONFLICT, 0,
                DraftAnswerCodec.readOtherSession(response.body(), serverClock.now()), "");
    }

    private Answer gone(HttpResponse response) {
        SessionEndedCodec.Ended ended = SessionEndedCodec.read(response.body(), serverClock.now());
        return new Answer(Answer.Kind.GONE, 0, ended.logged(), ended.reason());
    }

    private static <T> T readOr(T unreadable, Supplier<T> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            return unreadable;
        }
    }
}
