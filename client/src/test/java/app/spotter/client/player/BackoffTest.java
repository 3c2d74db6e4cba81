package app.spotter.client.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One retry schedule: doubling from the first pause, never past the cap. */
class BackoffTest {
    private static List<Integer> firstPauses(Backoff backoff, int count) {
        List<Integer> pauses = new ArrayList<>();
        for (int failures = 1; failures <= count; failures++) {
            pauses.add(backoff.pauseAfter(failures));
        }
        return pauses;
    }

    @Test
    void eachFailureInARowDoublesThePauseUpToTheCap() {
        assertEquals(List.of(1_000, 2_000, 4_000, 7_000, 7_000), firstPauses(new Backoff(1_000, 7_000), 5));
    }

    @Test
    void theOutboxWaitsFiveSecondsFirstAndNeverMoreThanFiveMinutes() {
        assertEquals(List.of(5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000),
                firstPauses(Backoff.OUTBOX, 8));
        assertEquals(300_000, Backoff.OUTBOX.longest());
    }

    @Test
    void theDraftSyncWaitsTwoSecondsFirstAndNeverLongerThanTheHeartbeat() {
        assertEquals(List.of(2_000, 4_000, 8_000, 16_000, 30_000, 30_000), firstPauses(Backoff.DRAFT_SYNC, 6));
        assertEquals(WorkoutSync.HEARTBEAT_MILLIS, Backoff.DRAFT_SYNC.longest());
    }

    @Test
    void aLongRunOfFailuresStaysAtTheCap() {
        assertEquals(300_000, Backoff.OUTBOX.pauseAfter(Integer.MAX_VALUE));
    }

    @Test
    void aPauseNeedsAFailureAndAScheduleAFirstPauseNoLongerThanItsCap() {
        assertThrows(IllegalArgumentException.class, () -> Backoff.OUTBOX.pauseAfter(0));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(0, 1_000));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(2_000, 1_000));
    }
}
