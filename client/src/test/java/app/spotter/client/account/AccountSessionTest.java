package app.spotter.client.account;

import app.spotter.client.platform.MemoryStorage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.client.platform.HttpResponse;
import org.junit.jupiter.api.Test;

class AccountSessionTest {
    private static final String ALEX = "{\"id\":\"u-alex\",\"name\":\"Alex\",\"role\":\"owner\"}";
    private static final String SAM = "{\"id\":\"u-sam\",\"name\":\"Sam\",\"role\":\"member\"}";
    private final FakeHttp http = new FakeHttp();
    private final MemoryStorage storage = new MemoryStorage();
    private final AccountSession session = new AccountSession(http, storage, () -> 1_000L);
    private int changes;

    AccountSessionTest() {
        session.onChange(() -> changes++);
    }

    private void stateIs(String json) {
        session.start();
        assertEquals("GET /api/auth/state", http.last().line());
        http.last().answer(200, json);
    }

    @Test
    void aServerWithoutAccountsAsksForTheOwnerAccount() {
        stateIs("{\"setupNeeded\":true,\"user\":null}");
        assertEquals(AccountSession.Screen.SETUP, session.screen());
        assertEquals(1, changes);
    }

    @Test
    void nobodySignedInShowsTheSignInForm() {
        stateIs("{\"setupNeeded\":false,\"user\":null}");
        assertEquals(AccountSession.Screen.SIGN_IN, session.screen());
        assertNull(session.user());
    }

    @Test
    void aSignedInUserOpensTheAppAndIsRememberedOnThisDevice() {
        stateIs("{\"setupNeeded\":false,\"user\":" + ALEX + "}");
        assertEquals(AccountSession.Screen.APP, session.screen());
        assertEquals("Alex", session.user().name());
        assertTrue(session.user().isOwner());
        assertTrue(storage.get(RememberedUser.KEY).contains("u-alex"));
        assertFalse(session.offline());
    }

    @Test
    void offlineTheAppOpensForTheUserLastSignedInHere() {
        storage.put(RememberedUser.KEY, SAM);
        session.start();
        http.last().answer(HttpResponse.UNREACHABLE, "");
        assertEquals(AccountSession.Screen.APP, session.screen());
        assertEquals("u-sam", session.user().id());
        assertTrue(session.offline());
    }

    @Test
    void offlineWithNobodyRememberedShowsTheSignInFormSayingSo() {
        session.start();
        http.last().answer(HttpResponse.UNREACHABLE, "");
        assertEquals(AccountSession.Screen.SIGN_IN, session.screen());
        assertEquals(AccountSession.OFFLINE_NO_USER, session.notice());
    }

    @Test
    void setupWithTwoDifferentPasswordsSendsNothing() {
        stateIs("{\"setupNeeded\":true,\"user\":null}");
        int sent = http.requests.size();
        session.setUp("Alex", "correct horse battery", "correct horse batery");
        assertEquals(sent, http.requests.size());
        assertTrue(session.error().contains("differ"));
    }

    @Test
    void setupWithAShortPasswordSaysTheSharedRuleAndSendsNothing() {
        stateIs("{\"setupNeeded\":true,\"user\":null}");
        int sent = http.requests.size();
        session.setUp("Alex", "short", "short");
        assertEquals(sent, http.requests.size());
        assertEquals("Password must be 10 to 200 characters.", session.error());
        session.setUp("   ", "correct horse battery", "correct horse battery");
        assertEquals(sent, http.requests.size());
        assertEquals("Name must be 1 to 50 characters.", session.error());
    }

    @Test
    void setupCreatesTheOwnerAndOpensTheApp() {
        stateIs("{\"setupNeeded\":true,\"user\":null}");
        session.setUp("Alex", "correct horse battery", "correct horse battery");
        assertEquals("POST /api/auth/setup", http.last().line());
        assertTrue(http.last().body().contains("\"name\":\"Alex\""));
        assertTrue(session.busy());
        http.last().answer(201, ALEX);
        assertEquals(AccountSession.Screen.APP, session.screen());
        assertFalse(session.busy());
    }

    @Test
    void aWrongPasswordAndTooManyAttemptsShowTheServersMessage() {
        stateIs("{\"setupNeeded\":false,\"user\":null}");
        session.signIn("Alex", "wrong password");
        http.last().answer(401, "{\"error\":\"Wrong name or password\"}");
        assertEquals("Wrong name or password", session.error());
        assertEquals(AccountSession.Screen.SIGN_IN, session.screen());
        session.signIn("Alex", "wrong again!!");
        http.last().answer(429, "{\"error\":\"Too many attempts. Try again in 60 seconds.\"}");
        assertEquals("Too many attempts. Try again in 60 seconds.", session.error());
    }

    @Test
    void anEndedSignInAsksAgainKeepingLocalDataAndTheName() {
        stateIs("{\"setupNeeded\":false,\"user\":" + ALEX + "}");
        storage.put("spotter.v1.u.u-alex.activeSession", "{\"a\":1}");
        session.signInEnded();
        assertEquals(AccountSession.Screen.SIGN_IN, session.screen());
        assertEquals(AccountSession.EXPIRED, session.notice());
        assertEquals("Alex", session.suggestedName());
        assertEquals("{\"a\":1}", storage.get("spotter.v1.u.u-alex.activeSession"));
        session.signIn("Alex", "correct horse battery");
        http.last().answer(200, ALEX);
        assertEquals(AccountSession.Screen.APP, session.screen());
        assertEquals("{\"a\":1}", storage.get("spotter.v1.u.u-alex.activeSession"));
    }

    @Test
    void signingOutTellsTheServerAndKeepsTheWorkoutForNextTime() {
        stateIs("{\"setupNeeded\":false,\"user\":" + ALEX + "}");
        storage.put("spotter.v1.u.u-alex.outbox", "[]");
        session.signOut();
        assertEquals("POST /api/auth/logout", http.last().line());
        assertEquals(AccountSession.Screen.SIGN_IN, session.screen());
        assertNull(session.user());
        assertNull(storage.get(RememberedUser.KEY), "a signed-out device does not open offline for them");
        assertEquals("[]", storage.get("spotter.v1.u.u-alex.outbox"));
    }

    @Test
    void theFirstUserToSignInAdoptsTheWorkoutKeptBeforeAccountsAndTheNextDoesNot() {
        storage.put("spotter.v1.activeSession", "{\"pre\":1}");
        storage.put("spotter.v1.outbox", "[{\"pre\":2}]");
        stateIs("{\"setupNeeded\":false,\"user\":null}");
        session.signIn("Alex", "correct horse battery");
        http.last().answer(200, ALEX);
        assertEquals("{\"pre\":1}", storage.get("spotter.v1.u.u-alex.activeSession"));
        assertEquals("[{\"pre\":2}]", storage.get("spotter.v1.u.u-alex.outbox"));
        assertNull(storage.get("spotter.v1.activeSession"));
        session.signOut();
        session.signIn("Sam", "sam prefers cardio");
        http.last().answer(200, SAM);
        assertNull(storage.get("spotter.v1.u.u-sam.activeSession"));
        assertNull(storage.get("spotter.v1.u.u-sam.outbox"));
    }

    @Test
    void aSignInAnswerWithoutARoleIsAReadableErrorNotAMember() {
        stateIs("{\"setupNeeded\":false,\"user\":null}");
        session.signIn("Alex", "correct horse battery");
        http.last().answer(200, "{\"id\":\"u-alex\",\"name\":\"Alex\"}");
        assertEquals(AccountSession.Screen.SIGN_IN, session.screen());
        assertEquals("The server's answer could not be read: role is required", session.error());
    }

    @Test
    void aStateAnswerWithoutSetupNeededSaysSoOnTheSignInForm() {
        stateIs("{\"user\":null}");
        assertEquals(AccountSession.Screen.SIGN_IN, session.screen());
        assertEquals("The server's answer could not be read: setupNeeded is required", session.notice());
    }

    @Test
    void anEndedSignInOnTheSignInFormChangesNothing() {
        stateIs("{\"setupNeeded\":false,\"user\":null}");
        int before = changes;
        session.signInEnded();
        assertEquals(before, changes);
    }
}
