package app.spotter.client.player;

import app.spotter.client.platform.HttpClient;
import app.spotter.client.platform.HttpResponse;
import app.spotter.json.Json;
import app.spotter.json.SessionCodec;
import app.spotter.session.WorkoutSession;
import app.spotter.sync.DraftMerge;
import app.spotter.sync.LateChanges;
import com.grack.nanojson.JsonObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The server's session-draft and workout contract (DESIGN.md) in memory. Answers are queued, as over a network,
 * until the test calls {@link #answerAll}; requests can be made to fail while {@link #down} is set or one by one.
 */
final class FakeServer implements HttpClient {
    /** A request as the server saw it. */
    record Request(String method, String path, String body) {
    }

    final List<Request> requests = new ArrayList<>();
    final Map<String, WorkoutSession> logged = new LinkedHashMap<>();
    final Set<String> closed = new HashSet<>();
    WorkoutSession draft;
    int revision;
    boolean down;
    /** The server's clock minus the device's (a device whose clock is fast has a negative one). */
    long serverAhead;
    /** Whether answers carry {@code X-Server-Time} (an older server sends it only in the sync answer's body). */
    boolean timeHeader = true;
    private final Map<String, Deque<Integer>> failures = new LinkedHashMap<>();
    private final Deque<Runnable> pending = new ArrayDeque<>();
    private final FakeTime time;

    FakeServer(FakeTime time) {
        this.time = time;
    }

    /** The next requests with this method answer these statuses (an error body) instead of being handled. */
    void failNext(String method, int... statuses) {
        Deque<Integer> queue = failures.computeIfAbsent(method, m -> new ArrayDeque<>());
        for (int status : statuses) {
            queue.add(status);
        }
    }

    @Override
    public void send(String method, String path, String body, HttpCallback callback) {
        requests.add(new Request(method, path, body));
        HttpResponse response;
        if (down) {
            response = new HttpResponse(HttpResponse.UNREACHABLE, "");
        } else if (!failures.getOrDefault(method, new ArrayDeque<>()).isEmpty()) {
            response = new HttpResponse(failures.get(method).poll(), "{\"error\":\"The server had a problem\"}");
        } else {
            response = handle(method, path, body);
        }
        if (timeHeader && !response.unreachable()) {
            response = new HttpResponse(response.status(), response.body(), serverNow());
        }
        HttpResponse answer = response;
        pending.add(() -> callback.done(answer));
    }

    /** Delivers queued answers (and those of requests their callbacks send) until none is left. */
    void answerAll() {
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
    }

    /** Delivers only the oldest queued answer. */
    void answerOne() {
        pending.poll().run();
    }

    int waiting() {
        return pending.size();
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

    private HttpResponse handle(String method, String path, String body) {
        if (method.equals("GET") && path.equals("/api/session-draft")) {
            return draft == null ? new HttpResponse(204, "") : new HttpResponse(200, SessionCodec.write(draft));
        }
        if (method.equals("PUT") && path.startsWith("/api/session-draft")) {
            return put(SessionCodec.read(body), path.endsWith("?replace=true"));
        }
        if (method.equals("DELETE") && path.startsWith("/api/session-draft/")) {
            String id = path.substring("/api/session-draft/".length());
            closed.add(id);
            if (draft != null && draft.sessionId().equals(id)) {
                draft = null;
            }
            return new HttpResponse(204, "");
        }
        if (method.equals("POST") && path.equals("/api/workouts")) {
            WorkoutSession finished = SessionCodec.read(body);
            String id = finished.sessionId();
            closed.add(id);
            if (draft != null && draft.sessionId().equals(id)) {
                draft = null;
            }
            boolean known = logged.containsKey(id);
            logged.putIfAbsent(id, finished);
            return new HttpResponse(known ? 200 : 201, "{\"id\":\"w-" + id + "\"}");
        }
        if (method.equals("POST") && path.startsWith("/api/workouts/") && path.endsWith("/amend")) {
            WorkoutSession copy = SessionCodec.read(body);
            WorkoutSession workout = logged.get(copy.sessionId());
            if (workout == null) {
                return new HttpResponse(404, "{\"error\":\"Workout not found\"}");
            }
            logged.put(copy.sessionId(), LateChanges.apply(workout, copy));
            return new HttpResponse(200, SessionCodec.write(logged.get(copy.sessionId())));
        }
        return new HttpResponse(404, "{\"error\":\"Not found\"}");
    }

    long serverNow() {
        return time.now() + serverAhead;
    }

    private HttpResponse put(WorkoutSession incoming, boolean replace) {
        if (closed.contains(incoming.sessionId())) {
            JsonObject gone = new JsonObject();
            gone.put("error", "That workout was already finished or discarded");
            WorkoutSession workout = logged.get(incoming.sessionId());
            if (workout != null) {
                gone.put("workout", SessionCodec.toJson(workout));
            }
            return new HttpResponse(410, Json.write(gone));
        }
        if (draft != null && !draft.sessionId().equals(incoming.sessionId()) && !replace) {
            JsonObject conflict = new JsonObject();
            conflict.put("error", "A different workout is in progress");
            conflict.put("draft", SessionCodec.toJson(draft));
            return new HttpResponse(409, Json.write(conflict));
        }
        if (draft != null && !draft.sessionId().equals(incoming.sessionId())) {
            closed.add(draft.sessionId());
            draft = null;
        }
        draft = draft == null ? incoming : DraftMerge.merge(draft, incoming);
        revision++;
        JsonObject answer = new JsonObject();
        answer.put("revision", revision);
        answer.put("serverTime", serverNow());
        answer.put("draft", SessionCodec.toJson(draft));
        return new HttpResponse(200, Json.write(answer));
    }
}
