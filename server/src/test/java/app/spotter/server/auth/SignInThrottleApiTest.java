package app.spotter.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.support.ApiClient;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.support.RunningServer;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lockout: 100 wrong guesses at the owner's name from 10 addresses. The owner's own phone, which
 * signed in before, still gets in at once; a new device waits a bounded, growing time, never an hour.
 */
class SignInThrottleApiTest {
    private static final String WRONG = "not the password";

    @TempDir
    Path dir;
    private final AtomicLong now = new AtomicLong(1_700_000_000_000L);

    private static Reply login(ApiClient client, String from, String password) {
        return client.send(client.jsonRequest("/api/auth/login").header("X-Forwarded-For", from)
                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.credentials(RunningServer.OWNER, password))));
    }

    @Test
    void guessesFromElsewhereNeverLockOutADeviceThatSignedInBefore() {
        try (RunningServer server = RunningServer.startBehindProxy(dir.resolve("a.db"), now::get).setUpOwner()) {
            ApiClient phone = server.client();
            assertEquals(200, login(phone, "192.168.1.20", RunningServer.PASSWORD).status());
            assertEquals(204, phone.post("/api/auth/logout", "").status());
            int refused = 0;
            for (int i = 0; i < 100; i++) {
                int status = login(server.client(), "203.0.113." + (i % 10), WRONG).status();
                assertTrue(status == 401 || status == 429, "status " + status);
                refused += status == 429 ? 1 : 0;
                now.addAndGet(500);
            }
            assertTrue(refused > 0, "the guesser was slowed down");
            Reply phoneAgain = login(phone, "198.51.100.7", RunningServer.PASSWORD);
            assertEquals(200, phoneAgain.status(), "the owner's phone gets in at once: " + phoneAgain.body());

            ApiClient newLaptop = server.client();
            Reply waiting = login(newLaptop, "198.51.100.8", RunningServer.PASSWORD);
            assertEquals(429, waiting.status(), waiting.body());
            long wait = Long.parseLong(waiting.body().replaceAll("[^0-9]", ""));
            assertTrue(wait > 0 && wait <= LoginLimiter.MAX_WAIT_SECONDS, "a bounded wait, not an hour: " + wait);
            now.addAndGet(wait * 1000);
            assertEquals(200, login(newLaptop, "198.51.100.8", RunningServer.PASSWORD).status(),
                    "after the wait the right password works from a new device too");
        }
    }

    @Test
    void waitsGrowWithEachFailureFromAnAddress() {
        try (RunningServer server = RunningServer.startBehindProxy(dir.resolve("b.db"), now::get).setUpOwner()) {
            for (int i = 0; i < LoginLimiter.FREE_FAILURES_PER_ADDRESS; i++) {
                assertEquals(401, login(server.client(), "203.0.113.9", WRONG).status());
            }
            long previous = 0;
            for (int round = 0; round < 4; round++) {
                Reply limited = login(server.client(), "203.0.113.9", WRONG);
                assertEquals(429, limited.status(), limited.body());
                long wait = Long.parseLong(limited.body().replaceAll("[^0-9]", ""));
                assertTrue(wait > previous, "each wait is longer: " + wait + " after " + previous);
                previous = wait;
                now.addAndGet(wait * 1000);
                assertEquals(401, login(server.client(), "203.0.113.9", WRONG).status());
            }
        }
    }

    @Test
    void aDeviceCookieForgedOrForAnotherAccountEarnsNoTrust() {
        try (RunningServer server = RunningServer.startBehindProxy(dir.resolve("c.db"), now::get).setUpOwner()) {
            server.addMember("sam", "sam's long password");
            for (int i = 0; i < 100; i++) {
                login(server.client(), "203.0.113." + (i % 10), WRONG);
            }
            ApiClient samsPhone = server.client();
            Reply samIn = samsPhone.send(samsPhone.jsonRequest("/api/auth/login").header("X-Forwarded-For", "10.9.9.9")
                    .POST(HttpRequest.BodyPublishers.ofString(ApiClient.credentials("sam", "sam's long password"))));
            assertEquals(200, samIn.status());
            assertEquals(429, login(samsPhone, "10.9.9.9", RunningServer.PASSWORD).status(),
                    "sam's device cookie does not vouch for the owner");
            ApiClient forger = server.client();
            Reply forged = forger.send(forger.jsonRequest("/api/auth/login").header("X-Forwarded-For", "10.9.9.10")
                    .header("Cookie", "spotter_device=" + samIn.setCookie().length() + ".1.AAAA")
                    .POST(HttpRequest.BodyPublishers.ofString(ApiClient.credentials(RunningServer.OWNER,
                            RunningServer.PASSWORD))));
            assertEquals(429, forged.status());
        }
    }
}
