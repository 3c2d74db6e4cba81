package app.spotter.client.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignInGuardTest {
    private final FakeHttp inner = new FakeHttp();
    private final SignInGuard guard = new SignInGuard(inner);
    private final List<Integer> answers = new ArrayList<>();
    private int ended;

    SignInGuardTest() {
        guard.onSignInEnded(() -> ended++);
    }

    @Test
    void anApiAnswer401EndsTheSignInAfterTheCallerHasItsAnswer() {
        guard.send("PUT", "/api/session-draft", "{}", response -> {
            assertEquals(0, ended, "the caller keeps its change for a retry first");
            answers.add(response.status());
        });
        inner.last().answer(401, "{\"error\":\"Sign in first\"}");
        assertEquals(List.of(401), answers);
        assertEquals(1, ended);
    }

    @Test
    void aWrongPasswordIsNotAnEndedSignIn() {
        guard.send("POST", "/api/auth/login", "{}", response -> answers.add(response.status()));
        inner.last().answer(401, "{\"error\":\"Wrong name or password\"}");
        assertEquals(0, ended);
    }

    @Test
    void otherAnswersPassThrough() {
        guard.send("GET", "/api/templates", null, response -> answers.add(response.status()));
        inner.last().answer(200, "[]");
        guard.send("GET", "/api/templates", null, response -> answers.add(response.status()));
        inner.last().answer(0, "");
        assertEquals(List.of(200, 0), answers);
        assertEquals(0, ended);
    }

    @Test
    void anUploadKeepsItsProgressAndA401StillEndsTheSignIn() {
        List<Double> heard = new ArrayList<>();
        guard.upload("POST", "/api/import", "{}", (bytes, total) -> heard.add(bytes / total),
                response -> answers.add(response.status()));
        assertEquals(1, inner.uploads.size(), "it goes on as an upload, not a plain send");
        inner.uploads.get(0).sent(1, 4);
        assertEquals(List.of(0.25), heard);
        inner.last().answer(401, "{\"error\":\"Sign in first\"}");
        assertEquals(List.of(401), answers);
        assertEquals(1, ended);
    }
}
