package app.spotter.client.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spotter.client.platform.HttpClient;
import app.spotter.client.platform.HttpResponse;
import org.junit.jupiter.api.Test;

class AnswersTest {
    private final StringBuilder heard = new StringBuilder();

    private void answer(int status, String body) {
        HttpClient http = (method, path, sent, callback) -> callback.done(new HttpResponse(status, body));
        ApiCall.send(http, "POST", "/api/x", null, new Answers()
                .ok(response -> heard.append("ok ").append(response.status()))
                .on(410, response -> heard.append("gone"))
                .conflict(response -> heard.append("conflict ").append(response.body()))
                .failed(failure -> heard.append(failure.kind()).append(' ').append(failure.error().field())
                        .append(':').append(failure.error().message())));
    }

    @Test
    void aNamedStatusGoesToItsHandlerAndAny2xxToOk() {
        answer(410, "{}");
        assertEquals("gone", heard.toString());
        heard.setLength(0);
        answer(201, "{}");
        assertEquals("ok 201", heard.toString());
        heard.setLength(0);
        answer(409, "{\"draft\":1}");
        assertEquals("conflict {\"draft\":1}", heard.toString());
    }

    @Test
    void aClientErrorIsRefusedWithTheServersWords() {
        answer(400, "{\"error\":\"Weight must be a number\",\"field\":\"weight\"}");
        assertEquals("REFUSED weight:Weight must be a number", heard.toString());
    }

    @Test
    void offlineServerErrorsTimeoutsAndRateLimitsAreToRetry() {
        for (int status : new int[] {0, 500, 503, 408, 429}) {
            heard.setLength(0);
            answer(status, "");
            assertEquals("RETRY", heard.toString().substring(0, 5), "status " + status);
        }
    }

    @Test
    void unauthorizedMeansSignedOut() {
        answer(401, "{\"error\":\"Sign in first\"}");
        assertEquals("SIGNED_OUT :Sign in first", heard.toString());
    }

    @Test
    void aConflictNobodyNamedIsRefused() {
        HttpClient http = (method, path, sent, callback) -> callback.done(new HttpResponse(409, "{}"));
        ApiCall.send(http, "PUT", "/api/x", null, new Answers().failed(failure -> heard.append(failure.kind())));
        assertEquals("REFUSED", heard.toString());
    }
}
