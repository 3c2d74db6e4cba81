package app.spotter.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.support.ApiClient;
import app.spotter.server.support.CapturedLog;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.SessionDocs;
import app.spotter.workout.Workout;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One laptop opens 300 connections and sends a sign-in body one byte at a time (on 127.0.0.2, so it is another
 * address than the user's 127.0.0.1); for the whole attack the user's health checks and draft syncs answer within
 * a second. Bounded: 300 connections, {@link #ATTACK_MILLIS} of attack, then every socket is closed.
 */
class SlowBodyAttackTest {
    static final int CONNECTIONS = 300;
    static final long ATTACK_MILLIS = 8_000;
    private static final long T0 = 1_700_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void healthAndSyncsAnswerWithinASecondUnder300SlowBodies() throws Exception {
        try (RunningServer server = RunningServer.start(dir, HttpLimits.household());
             CapturedLog log = CapturedLog.start()) {
            SlowBodyAttack.Figures figures = attackWhileUsing(server, CONNECTIONS, ATTACK_MILLIS);
            assertFalse(log.text().contains("\tat "), "a slow client is no server error: " + log.text());
            System.out.println("slow-body attack: " + figures);
            assertEquals(0, figures.lateOrFailed(), "every user request answered 2xx within 1 s: " + figures);
            assertTrue(figures.userRequests() >= 2 * ATTACK_MILLIS / 400, "the user kept asking: " + figures);
            assertTrue(figures.attackersCutOff() >= CONNECTIONS * 9 / 10,
                    "the server closed nearly all of the attacker's connections: " + figures);
        }
    }

    /** Runs the attack and a user beside it; returns what the user saw. */
    static SlowBodyAttack.Figures attackWhileUsing(RunningServer server, int connections, long millis)
            throws Exception {
        ApiClient user = server.owner();
        Workout session = SessionDocs.start("slow-body-user", T0, "user");
        try (SlowBodyAttack attack = SlowBodyAttack.open(server.port(), connections)) {
            long end = System.currentTimeMillis() + millis;
            int set = 0;
            while (System.currentTimeMillis() < end) {
                attack.trickle();
                attack.time(() -> user.get("/api/health").status());
                Workout next = SessionDocs.complete(session, 0, set % 2, SessionDocs.at(T0 + 1000L * (set + 1),
                        "user"));
                session = next;
                set++;
                String body = SessionDocs.json(next);
                attack.time(() -> user.put("/api/session-draft?baseRevision=0&replace=true", body).status());
                attack.pauseBetweenRounds();
            }
            return attack.figures();
        }
    }
}
