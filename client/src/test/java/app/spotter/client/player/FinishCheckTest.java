package app.spotter.client.player;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.Stamp;
import app.spotter.workout.Workout;
import org.junit.jupiter.api.Test;

class FinishCheckTest {
    private int counter;

    private Stamp stamp() {
        return new Stamp(FakeTime.T0, counter++, "a");
    }

    private Workout withDone(int exercises, int sets, int done) {
        Workout workout = SessionEdits.start(DeltaTrackerTest.grid(exercises, sets), "s-1", stamp(), FakeTime.T0);
        int n = 0;
        for (var exercise : workout.visibleExercises()) {
            for (var set : exercise.visibleSets()) {
                if (n++ < done) {
                    workout = SetEdits.completeSet(workout, exercise.id(), set.id(), stamp(), FakeTime.T0 + 1);
                }
            }
        }
        return workout;
    }

    @Test
    void setsLeftUndoneAskForConfirmationNamingHowMany() {
        FinishCheck check = FinishCheck.of(withDone(3, 4, 9));
        assertEquals(FinishCheck.Outcome.CONFIRM, check.outcome());
        assertEquals("3 of 12 sets not done", check.message());
    }

    @Test
    void noSetDoneIsRefusedAndOffersDiscard() {
        FinishCheck check = FinishCheck.of(withDone(2, 2, 0));
        assertEquals(FinishCheck.Outcome.REFUSE, check.outcome());
        assertEquals(true, check.message().contains("discard"));
        assertEquals(FinishCheck.Outcome.REFUSE, FinishCheck.of(SessionEdits.startEmpty("s-2", "Empty", stamp(),
                FakeTime.T0)).outcome(), "an empty workout too");
    }

    @Test
    void everySetDoneFinishesWithoutAsking() {
        assertEquals(FinishCheck.Outcome.FINISH, FinishCheck.of(withDone(2, 2, 4)).outcome());
    }
}
