package app.spotter.client.account;

import app.spotter.client.platform.MemoryStorage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.client.platform.HttpResponse;
import org.junit.jupiter.api.Test;

class SignInTest {
    private static final String ALEX = "{\"id\":\"u-alex\",\"name\":\"Alex\",\"role\":\"owner\"}";
    private static final String SAM = "{\"id\":\"u-sam\",\"name\":\"Sam\",\"role\":\"member\"}";
    private final FakeHttp http = new FakeHttp();
    private final MemoryStorage storage = new MemoryStorage();
    private final SignIn signIn = new SignIn(http, storage, () -> 1_000L);
    private int changes;

    SignInTest() {
        signIn.onChange(() -> changes++);
    }

    private void stateIs(String json) {
        signIn.start();
        assertEquals("GET /api/auth/state", http.last().line());
        http.last().answer(200, json);
    }

    @Test
    void aServerWithoutAccountsAsksForTheOwnerAccount() {
        stateIs("{\"setupNeeded\":true,\"user\":null}");
        assertEquals(SignIn.Screen.SETUP, signIn.screen());
        assertEquals(1, changes);
    }

    @Test
    void nobodySignedInShowsTheSignInForm() {
        stateIs("{\"setupNeeded\":false,\"user\":null}");
        assertEquals(SignIn.Screen.SIGN_IN, signIn.screen());
        assertNull(signIn.user());
    }

    @Test
    void aSignedInUserOpensTheAppAndIsRememberedOnThisDevice() {
        stateIs("{\"setupNeeded\":false,\"user\":" + ALEX + "}");
        assertEquals(SignIn.Screen.APP, signIn.screen());
        assertEquals("Alex", signIn.user().name());
        assertTrue(signIn.user().isOwner());
        assertTrue(storage.get(RememberedUser.KEY).contains("u-alex"));
        assertFalse(signIn.offline());
    }

    @Test
    void offlineTheAppOpensForTheUserLastSignedInHere() {
        storage.put(RememberedUser.KEY, SAM);
        signIn.start();
        http.last().answer(HttpResponse.UNREACHABLE, "");
        assertEquals(SignIn.Screen.APP, signIn.screen());
        assertEquals("u-sam", signIn.user().id());
        assertTrue(signIn.offline());
    }

    @Test
    void offlineWithNobodyRememberedShowsTheSignInFormSayingSo() {
        signIn.start();
        http.last().answer(HttpResponse.UNREACHABLE, "");
        assertEquals(SignIn.Screen.SIGN_IN, signIn.screen());
        assertEquals(SignIn.OFFLINE_NO_USER, signIn.notice());
    }

    @Test
    void setupWithTwoDifferentPasswordsSendsNothing() {
        stateIs("{\"setupNeeded\":true,\"user\":null}");
        int sent = http.requests.size();
        signIn.setUp("Alex", "correct horse battery", "correct horse batery");
        assertEquals(sent, http.requests.size());
        assertTrue(signIn.error().contains("differ"));
    }

    @Test
    void setupWithAShortPasswordSaysTheSharedRuleAndSendsNothing() {
        stateIs("{\"setupNeeded\":true,\"user\":null}");
        int sent = http.requests.size();
        signIn.setUp("Alex", "short", "short");
        assertEquals(sent, http.requests.size());
        assertEquals("Password must be 10 to 200 characters.", signIn.error());
        signIn.setUp("   ", "correct horse battery", "correct horse battery");
        assertEquals(sent, http.requests.size());
        assertEquals("Name must be 1 to 50 characters.", signIn.error());
    }

    @Test
    void setupCreatesTheOwnerAndOpensTheApp() {
        stateIs("{\"setupNeeded\":true,\"user\":null}");
        signIn.setUp("Alex", "correct horse battery", "correct horse battery");
        assertEquals("POST /api/auth/setup", http.last().line());
        assertTrue(http.last().body().contains("\"name\":\"Alex\""));
        assertTrue(signIn.busy());
        http.last().answer(201, ALEX);
        assertEquals(SignIn.Screen.APP, signIn.screen());
        assertFalse(signIn.busy());
    }

    @Test
    void aWrongPasswordAndTooManyAttemptsShowTheServersMessage() {
        stateIs("{\"setupNeeded\":false,\"user\":null}");
        signIn.signIn("Alex", "wrong password");
        http.last().answer(401, "{\"error\":\"Wrong name or password\"}");
        assertEquals("Wrong name or password", signIn.error());
        assertEquals(SignIn.Screen.SIGN_IN, signIn.screen());
        signIn.signIn("Alex", "wrong again!!");
        http.last().answer(429, "{\"error\":\"Too many attempts. Try again in 60 seconds.\"}");
        assertEquals("Too many attempts. Try again in 60 seconds.", signIn.error());
    }

    @Test
    void anEndedSignInAsksAgainKeepingLocalDataAndTheName() {
        stateIs("{\"setupNeeded\":false,\"user\":" + ALEX + "}");
        storage.put("spotter.v1.u.u-alex.activeSession", "{\"a\":1}");
        signIn.signInEnded();
        assertEquals(SignIn.Screen.SIGN_IN, signIn.screen());
        assertEquals(SignIn.EXPIRED, signIn.notice());
        assertEquals("Alex", signIn.suggestedName());
        assertEquals("{\"a\":1}", storage.get("spotter.v1.u.u-alex.activeSession"));
        signIn.signIn("Alex", "correct horse battery");
        http.last().answer(200, ALEX);
        assertEquals(SignIn.Screen.APP, signIn.screen());
        assertEquals("{\"a\":1}", storage.get("spotter.v1.u.u-alex.activeSession"));
    }

    @Test
    void signingOutTellsTheServerAndKeepsTheWorkoutForNextTime() {
        stateIs("{\"setupNeeded\":false,\"user\":" + ALEX + "}");
        storage.put("spotter.v1.u.u-alex.outbox", "[]");
        signIn.signOut();
        assertEquals("POST /api/auth/logout", http.last().line());
        assertEquals(SignIn.Screen.SIGN_IN, signIn.screen());
        assertNull(signIn.user());
        assertNull(storage.get(RememberedUser.KEY), "a signed-out device does not open offline for them");
        assertEquals("[]", storage.get("spotter.v1.u.u-alex.outbox"));
    }

    @Test
    void theFirstUserToSignInAdoptsTheWorkoutKeptBeforeAccountsAndTheNextDoesNot() {
        storage.put("spotter.v1.activeSession", "{\"pre\":1}");
        storage.put("spotter.v1.outbox", "[{\"pre\":2}]");
        stateIs("{\"setupNeeded\":false,\"user\":null}");
        signIn.signIn("Alex", "correct horse battery");
        http.last().answer(200, ALEX);
        assertEquals("{\"pre\":1}", storage.get("spotter.v1.u.u-alex.activeSession"));
        assertEquals("[{\"pre\":2}]", storage.get("spotter.v1.u.u-alex.outbox"));
        assertNull(storage.get("spotter.v1.activeSession"));
        signIn.signOut();
        signIn.signIn("Sam", "sam prefers cardio");
        http.last().answer(200, SAM);
        assertNull(storage.get("spotter.v1.u.u-sam.activeSession"));
        assertNull(storage.get("spotter.v1.u.u-sam.outbox"));
    }

    @Test
    void aSignInAnswerWithoutARoleIsAReadableErrorNotAMember() {
        stateIs("{\"setupNeeded\":false,\"user\":null}");
        signIn.signIn("Alex", "correct horse battery");
        http.last().answer(200, "{\"id\":\"u-alex\",\"name\":\"Alex\"}");
        assertEquals(SignIn.Screen.SIGN_IN, signIn.screen());
        assertEquals("The server's answer could not be read: role is required", signIn.error());
    }

    @Test
    void aStateAnswerWithoutSetupNeededSaysSoOnTheSignInForm() {
        stateIs("{\"user\":null}");
        assertEquals(SignIn.Screen.SIGN_IN, signIn.screen());
        assertEquals("The server's answer could not be read: setupNeeded is required", signIn.notice());
    }

    @Test
    void anEndedSignInOnTheSignInFormChangesNothing() {
        stateIs("{\"setupNeeded\":false,\"user\":null}");
        int before = changes;
        signIn.signInEnded();
        assertEquals(before, changes);
    }
}
