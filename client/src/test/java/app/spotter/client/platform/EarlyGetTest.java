package app.spotter.client.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EarlyGetTest {
    private final List<String> sent = new ArrayList<>();
    private final List<HttpClient.HttpCallback> open = new ArrayList<>();
    private final List<Runnable> timers = new ArrayList<>();
    private final HttpClient server = (method, path, body, callback) -> {
        sent.add(method + " " + path);
        open.add(callback);
    };
    private final Scheduler scheduler = new Scheduler() {
        @Override
        public Cancellable every(int millis, Runnable task) {
            throw new AssertionError("no repeated timer expected");
        }

        @Override
        public Cancellable after(int millis, Runnable task) {
            timers.add(task);
            return () -> timers.remove(task);
        }
    };
    private final EarlyGet http = new EarlyGet(server, scheduler);
    private final HttpResponse[] got = new HttpResponse[1];

    private void answer(int request, int status) {
        open.get(request).done(new HttpResponse(status, "draft"));
    }

    @Test
    void aRequestSentAfterTheEarlyAnswerArrivedReadsItLaterWithoutGoingOut() {
        http.sendEarly("/api/session-draft");
        answer(0, 200);

        http.send("GET", "/api/session-draft", null, response -> got[0] = response);
        assertNull(got[0], "answered later, as any request is");
        timers.remove(0).run();

        assertEquals(new HttpResponse(200, "draft"), got[0]);
        assertEquals(List.of("GET /api/session-draft"), sent);
    }

    @Test
    void aRequestSentWhileTheEarlyOneIsOnItsWayGetsItsAnswerWhenItComes() {
        http.sendEarly("/api/session-draft");
        http.send("GET", "/api/session-draft", null, response -> got[0] = response);
        http.forget();
        answer(0, 401);

        assertEquals(401, got[0].status(), "taken before the forget: still answered");
        assertEquals(1, sent.size());
    }

    @Test
    void theEarlyAnswerIsReadOnceAndAForgottenOneNever() {
        http.sendEarly("/api/session-draft");
        answer(0, 200);
        http.send("GET", "/api/session-draft", null, response -> { });
        http.send("GET", "/api/session-draft", null, response -> got[0] = response);
        assertEquals(2, sent.size(), "the second request goes to the server");

        EarlyGet forgotten = new EarlyGet(server, scheduler);
        forgotten.sendEarly("/api/session-draft");
        forgotten.forget();
        answer(2, 200);
        forgotten.send("GET", "/api/session-draft", null, response -> { });
        assertEquals(4, sent.size(), "a forgotten answer is not read");
    }

    @Test
    void otherRequestsGoStraightThrough() {
        http.sendEarly("/api/session-draft");
        http.send("PUT", "/api/session-draft", "{}", response -> { });
        http.send("GET", "/api/session-draft?x=1", null, response -> { });
        assertEquals(List.of("GET /api/session-draft", "PUT /api/session-draft", "GET /api/session-draft?x=1"), sent);
    }
}
