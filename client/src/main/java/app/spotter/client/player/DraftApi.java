package app.spotter.client.player;

import app.spotter.client.api.ServerClock;
import app.spotter.client.platform.HttpClient;
import app.spotter.client.platform.HttpResponse;
import app.spotter.json.Json;
import app.spotter.json.SessionCodec;
import app.spotter.session.WorkoutSession;
import com.grack.nanojson.JsonObject;
import java.util.function.Consumer;

/** The three calls on the server's session draft: read it, write it (syncDraftSession), delete it. */
public final class DraftApi implements PendingDiscards.Deleter {
    static final String PATH = "/api/session-draft";
    private final HttpClient http;
    private final ServerClock serverClock;

    public DraftApi(HttpClient http, ServerClock serverClock) {
        this.http = http;
        this.serverClock = serverClock;
    }

    /** GET: 200 with the draft, 204 when there is none. */
    public void fetch(Consumer<DraftAnswer> done) {
        http.send("GET", PATH, null, response -> {
            if (response.status() == 204) {
                done.accept(DraftAnswer.of(DraftAnswer.Kind.NONE));
            } else if (response.status() == 200) {
                done.accept(readDraft(response.body(), false));
            } else {
                done.accept(DraftAnswer.of(DraftAnswer.Kind.FAILED));
            }
        });
    }

    /** PUT: the server merges the session with its copy and answers the result; {@code replace} lets this session
     * take the place of a different active one. */
    public void put(WorkoutSession session, boolean replace, Consumer<DraftAnswer> done) {
        String path = replace ? PATH + "?replace=true" : PATH;
        long sentAt = serverClock.deviceNow();
        http.send("PUT", path, SessionCodec.write(session), response -> {
            observeServerTime(response, sentAt);
            done.accept(readPut(response));
        });
    }

    /** DELETE: true once the server no longer holds that draft. */
    @Override
    public void delete(String sessionId, Consumer<Boolean> done) {
        http.send("DELETE", PATH + "/" + sessionId, null, response -> done.accept(
                response.ok() || response.status() == 404 || response.status() == 410));
    }

    // A server that sends no X-Server-Time header still tells its time in the sync answer's body.
    private void observeServerTime(HttpResponse response, long sentAt) {
        if (response.serverTime() > 0 || response.status() != 200) {
            return;
        }
        try {
            serverClock.observe(Json.parseObject(response.body()).getLong("serverTime"), sentAt,
                    serverClock.deviceNow());
        } catch (RuntimeException unreadable) {
            // No time in it: the offset stays as measured before.
        }
    }

    private static DraftAnswer readPut(HttpResponse response) {
        switch (response.status()) {
            case 200:
                // The write is stored even if the merged copy in the answer cannot be read.
                return new DraftAnswer(DraftAnswer.Kind.DRAFT, draftIn(response.body(), true));
            case 409:
                WorkoutSession other = draftIn(response.body(), true);
                return other == null ? DraftAnswer.of(DraftAnswer.Kind.FAILED)
                        : new DraftAnswer(DraftAnswer.Kind.CONFLICT, other);
            case 410:
                // Finished elsewhere: the answer carries the logged workout (null when discarded or unreadable).
                return new DraftAnswer(DraftAnswer.Kind.GONE, loggedIn(response.body()));
            default:
                return DraftAnswer.of(DraftAnswer.Kind.FAILED);
        }
    }

    private static DraftAnswer readDraft(String body, boolean wrapped) {
        WorkoutSession draft = draftIn(body, wrapped);
        return draft == null ? DraftAnswer.of(DraftAnswer.Kind.FAILED) : new DraftAnswer(DraftAnswer.Kind.DRAFT, draft);
    }

    private static WorkoutSession loggedIn(String body) {
        try {
            Object workout = Json.parseObject(body).get("workout");
            return workout instanceof JsonObject ? SessionCodec.fromJson((JsonObject) workout) : null;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    // A write answers {"revision", "serverTime", "draft"}; a read answers the session itself. Null when unreadable.
    private static WorkoutSession draftIn(String body, boolean wrapped) {
        try {
            JsonObject obj = Json.parseObject(body);
            if (wrapped) {
                Object draft = obj.get("draft");
                if (!(draft instanceof JsonObject)) {
                    return null;
                }
                obj = (JsonObject) draft;
            }
            return SessionCodec.fromJson(obj);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
