package app.spotter.client.player;

import app.spotter.client.api.ServerClock;
import app.spotter.client.platform.HttpClient;
import app.spotter.client.platform.HttpResponse;
import app.spotter.json.Json;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import com.grack.nanojson.JsonObject;
import java.util.function.Consumer;

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
        http.send("PUT", path, WorkoutCodec.write(payload), response -> done.accept(read(response, sentAt)));
    }

    /** GET: the server's draft (null for 204), or {@code onFailure} when it cannot be had. */
    void fetch(Consumer<Workout> done, Runnable onFailure) {
        http.send("GET", PATH, null, response -> {
            if (response.status() == 204) {
                done.accept(null);
                return;
            }
            Workout draft = null;
            try {
                draft = response.status() == 200
                        ? WorkoutCodec.fromJson(Json.parseObject(response.body()), serverClock.now()) : null;
            } catch (RuntimeException unreadable) {
                draft = null;
            }
            if (draft == null) {
                onFailure.run();
            } else {
                done.accept(draft);
            }
        });
    }

    @Override
    public void delete(String sessionId, Consumer<Boolean> done) {
        http.send("DELETE", PATH + "/" + sessionId, null, response -> done.accept(
                response.ok() || response.status() == 404 || response.status() == 410));
    }

    private Answer read(HttpResponse response, long sentAt) {
        try {
            switch (response.status()) {
                case 200: {
                    JsonObject body = Json.parseObject(response.body());
                    if (response.serverTime() <= 0 && body.has("serverTime")) {
                        serverClock.observe(body.getLong("serverTime"), sentAt, serverClock.deviceNow());
                    }
                    return new Answer(Answer.Kind.SAVED, body.getLong("revision"), documentIn(body, "draft"), "");
                }
                case 412:
                    return Answer.of(Answer.Kind.NO_COPY);
                case 409: {
                    Workout other = documentIn(Json.parseObject(response.body()), "draft");
                    return other == null ? Answer.of(Answer.Kind.FAILED)
                            : new Answer(Answer.Kind.CONFLICT, 0, other, "");
                }
                case 410: {
                    JsonObject body = Json.parseObject(response.body());
                    String reason = body.has("reason") ? body.getString("reason") : "";
                    return new Answer(Answer.Kind.GONE, 0, documentIn(body, "workout"), reason == null ? "" : reason);
                }
                default:
                    return Answer.of(Answer.Kind.FAILED);
            }
        } catch (RuntimeException unreadable) {
            // An answer that cannot be read is retried like a failed request (a 410 without a readable workout
            // still says the session is over).
            return response.status() == 410 ? new Answer(Answer.Kind.GONE, 0, null, "")
                    : Answer.of(Answer.Kind.FAILED);
        }
    }

    private Workout documentIn(JsonObject body, String field) {
        Object value = body.get(field);
        return value instanceof JsonObject ? WorkoutCodec.fromJson((JsonObject) value, serverClock.now()) : null;
    }
}
