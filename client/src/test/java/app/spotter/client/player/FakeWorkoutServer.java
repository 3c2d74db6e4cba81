package app.spotter.client.player;

import app.spotter.client.platform.HttpClient;
import app.spotter.client.platform.HttpResponse;
import app.spotter.json.ErrorBodyCodec;
import app.spotter.json.Json;
import app.spotter.validation.FieldError;
import app.spotter.workout.DraftAnswerCodec;
import app.spotter.workout.SessionEndedCodec;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import app.spotter.workout.WorkoutMerge;
import com.grack.nanojson.JsonObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The session-draft contract of wire format 2 (MODEL2.md) in memory, for the client's sync: deltas merged into
 * the stored copy with the one merge, a revision that goes up when the merge changed anything, the whole merged
 * draft in the answer only when the client had not seen every revision, 412 for a delta of an unknown session,
 * 409 for a different active session, 410 for a logged or discarded one. Answers wait until {@link #answerAll}.
 */
final class FakeWorkoutServer implements HttpClient {
    record Request(String method, String path, String body) {
    }

    final List<Request> requests = new ArrayList<>();
    final Map<String, Workout> logged = new HashMap<>();
    final Map<String, String> tombstones = new HashMap<>();
    final List<Request> templates = new ArrayList<>();
    Workout draft;
    long revision;
    boolean down;
    /** While not 0, the status every request is answered with (a server in trouble; the device stays online). */
    int failing;
    /** While not null, the 200 body every sync the server takes is answered with (a server that answers wrong). */
    String syncAnswer;
    /** How far the server's clock is ahead of the devices' (negative: behind). */
    long serverAhead;
    /** Whether answers carry X-Server-Time (an older server's do not). */
    boolean timeHeader = true;
    /** What {@code GET /api/exercises/last} answers (404 when null). */
    String lastTime;
    private final Deque<Runnable> pending = new ArrayDeque<>();
    private final FakeTime time;

    FakeWorkoutServer(FakeTime time) {
        this.time = time;
    }

    @Override
    public void send(String method, String path, String body, HttpCallback callback) {
        requests.add(new Request(method, path, body));
        HttpResponse answer = down ? new HttpResponse(HttpResponse.UNREACHABLE, "")
                : failing != 0 ? new HttpResponse(failing, "") : handle(method, path, body);
        HttpResponse response = timeHeader && !answer.unreachable()
                ? new HttpResponse(answer.status(), answer.body(), serverNow()) : answer;
        pending.add(() -> callback.done(response));
    }

    /** Delivers every answer, each followed by what it queued to run right after it (as the browser's event loop
     * goes on: a task set for 0 ms runs before the next answer is read). */
    void answerAll() {
        while (!pending.isEmpty()) {
            pending.poll().run();
            time.advance(0);
        }
    }

    /** Delivers the answers alone: what they queued for right after them has not run yet. */
    void answerWithoutWhatFollows() {
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
    }

    long serverNow() {
        return time.now() + serverAhead;
    }

    List<Request> requests(String method) {
        List<Request> found = new ArrayList<>();
        for (Request r : requests) {
            if (r.method().equals(method)) {
                found.add(r);
            }
        }
        return found;
    }

    List<Request> puts() {
        List<Request> found = new ArrayList<>();
        for (Request r : requests) {
            if (r.method().equals("PUT")) {
                found.add(r);
            }
        }
        return found;
    }

    private HttpResponse handle(String method, String path, String body) {
        if (method.equals("PUT") && path.startsWith("/api/session-draft?")) {
            long base = Long.parseLong(query(path, "baseRevision"));
            return put(WorkoutCodec.read(body, serverNow()), base, path.contains("replace=true"));
        }
        if (method.equals("GET") && path.equals("/api/session-draft")) {
            return draft == null ? new HttpResponse(204, "") : new HttpResponse(200, WorkoutCodec.write(draft));
        }
        if (method.equals("DELETE") && path.startsWith("/api/session-draft/")) {
            String id = path.substring("/api/session-draft/".length());
            tombstones.put(id, "discarded");
            if (draft != null && draft.sessionId().equals(id)) {
                draft = null;
            }
            return new HttpResponse(204, "");
        }
        if (method.equals("POST") && path.startsWith("/api/workouts")) {
            return log(path, body);
        }
        if (path.startsWith("/api/exercises/last") && lastTime != null) {
            return new HttpResponse(200, lastTime);
        }
        if (path.startsWith("/api/templates")) {
            templates.add(new Request(method, path, body));
            return new HttpResponse(method.equals("POST") ? 201 : 200, "{\"id\":\"t-" + templates.size() + "\"}");
        }
        return new HttpResponse(404, "{\"error\":\"Not found\"}");
    }

    private HttpResponse log(String path, String body) {
        Workout posted = WorkoutCodec.read(body, serverNow());
        String id = posted.sessionId();
        if (path.endsWith("/amend")) {
            logged.put(id, WorkoutMerge.merge(logged.get(id), posted));
            return new HttpResponse(200, WorkoutCodec.write(logged.get(id)));
        }
        if (tombstones.containsKey(id) && !path.contains("restore=true")) {
            return new HttpResponse(410, "{\"error\":\"That workout was deleted\",\"reason\":\""
                    + tombstones.get(id) + "\"}");
        }
        tombstones.remove(id);
        boolean known = logged.containsKey(id);
        Workout merged = known ? WorkoutMerge.merge(logged.get(id), posted) : posted;
        if (draft != null && draft.sessionId().equals(id)) {
            merged = WorkoutMerge.merge(draft, merged);
            draft = null;
        }
        logged.put(id, merged);
        return new HttpResponse(known ? 200 : 201, WorkoutCodec.write(merged));
    }

    private HttpResponse put(Workout incoming, long base, boolean replace) {
        String id = incoming.sessionId();
        if (tombstones.containsKey(id) || logged.containsKey(id)) {
            JsonObject gone = ErrorBodyCodec.toJson(new FieldError("sessionId", "That workout is over"));
            gone.putAll(SessionEndedCodec.members(logged.containsKey(id) ? SessionEndedCodec.Ended.loggedAs(logged.get(id))
                    : SessionEndedCodec.Ended.because(tombstones.get(id))));
            return new HttpResponse(410, Json.write(gone));
        }
        if (draft != null && !draft.sessionId().equals(id) && !replace) {
            JsonObject conflict = ErrorBodyCodec.toJson(FieldError.whole("A different workout is in progress"));
            conflict.putAll(DraftAnswerCodec.otherSession(draft));
            return new HttpResponse(409, Json.write(conflict));
        }
        if (draft != null && !draft.sessionId().equals(id)) {
            tombstones.put(draft.sessionId(), "discarded");
            draft = null;
        }
        if (draft == null && incoming.partial()) {
            return new HttpResponse(412, "{\"error\":\"No copy of this session: send the whole document\","
                    + "\"field\":\"partial\"}");
        }
        long before = revision;
        Workout merged = draft == null ? incoming : WorkoutMerge.merge(draft, incoming);
        if (!merged.equals(draft)) {
            revision++;
        }
        draft = merged;
        if (syncAnswer != null) {
            return new HttpResponse(200, syncAnswer);
        }
        return new HttpResponse(200, DraftAnswerCodec.write(new DraftAnswerCodec.Saved(revision, serverNow(),
                base != before ? draft : null)));
    }

    private static String query(String path, String name) {
        int at = path.indexOf(name + "=");
        int end = path.indexOf('&', at);
        return path.substring(at + name.length() + 1, end < 0 ? path.length() : end);
    }
}
