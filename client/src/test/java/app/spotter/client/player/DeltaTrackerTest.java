package app.spotter.client.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.SetType;
import app.spotter.workout.Targets;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateExercise;
import app.spotter.workout.TemplateSet;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutMerge;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeltaTrackerTest {
    private static final long T0 = FakeTime.T0;
    private long serverNow = T0;
    private final StampSource stamps = new StampSource("devicea", () -> serverNow);
    private final DeltaTracker tracker = new DeltaTracker();

    static Template grid(int exercises, int sets) {
        List<TemplateExercise> plan = new ArrayList<>();
        for (int e = 0; e < exercises; e++) {
            List<TemplateSet> targets = new ArrayList<>();
            for (int s = 0; s < sets; s++) {
                targets.add(new TemplateSet(SetType.NORMAL, new Targets(8, 60, 0, 0)));
            }
            plan.add(new TemplateExercise("Exercise " + e, ExerciseKind.WEIGHT_REPS, 90, "", "", targets));
        }
        return new Template("t-1", "Grid", "", plan);
    }

    private Workout started(int exercises, int sets) {
        return SessionEdits.start(grid(exercises, sets), "s-1", stamps.next(), serverNow);
    }

    @Test
    void theFirstSendCarriesTheWholeDocument() {
        Workout workout = started(2, 2);
        assertSame(workout, tracker.payload(workout));
        assertEquals(0, tracker.baseRevision());
    }

    @Test
    void afterAnAcknowledgementOnlyTheChangedSetGoesWhateverTheSessionsSize() {
        for (int[] size : new int[][] {{8, 4}, {40, 10}}) {
            DeltaTracker fresh = new DeltaTracker();
            Workout workout = started(size[0], size[1]);
            fresh.payload(workout);
            fresh.acknowledged(1);
            serverNow += 1000;
            String exercise = workout.visibleExercises().get(3).id();
            String set = workout.exercise(exercise).visibleSets().get(2).id();
            Workout done = SetEdits.completeSet(workout, exercise, set, stamps.next(), serverNow);

            Workout delta = fresh.payload(done);
            assertTrue(delta.partial());
            assertEquals(1, delta.exercises().size(), "one exercise of " + size[0]);
            assertEquals(1, delta.exercises().get(0).sets().size(), "one set of " + size[1]);
            assertEquals(1, fresh.baseRevision());
        }
    }

    @Test
    void anEditMadeWhileARequestIsInFlightGoesInTheNextDelta() {
        Workout workout = started(2, 2);
        tracker.payload(workout);
        tracker.acknowledged(1);
        String e0 = workout.visibleExercises().get(0).id();
        String s0 = workout.exercise(e0).visibleSets().get(0).id();
        String s1 = workout.exercise(e0).visibleSets().get(1).id();
        Workout first = SetEdits.completeSet(workout, e0, s0, stamps.next(), serverNow);
        tracker.payload(first);
        Workout second = SetEdits.setReps(first, e0, s1, 12, stamps.next());
        tracker.acknowledged(2);

        Workout next = tracker.payload(second);
        assertEquals(1, next.exercises().size());
        assertEquals(List.of(s1), List.of(next.exercises().get(0).sets().get(0).id()), "only the reps of set 2");
        assertFalse(tracker.upToDate(second));
        tracker.acknowledged(3);
        assertTrue(tracker.upToDate(second));
    }

    @Test
    void a412MakesTheNextSendTheWholeDocument() {
        Workout workout = started(2, 2);
        tracker.payload(workout);
        tracker.acknowledged(4);
        tracker.serverHasNoCopy();
        assertSame(workout, tracker.payload(workout));
        assertEquals(0, tracker.baseRevision());
    }

    @Test
    void anotherSessionStartsOverWithTheWholeDocument() {
        Workout workout = started(1, 1);
        tracker.payload(workout);
        tracker.acknowledged(2);
        Workout other = SessionEdits.startEmpty("s-2", "Empty", stamps.next(), serverNow);
        assertSame(other, tracker.payload(other));
    }

    @Test
    void deltasMergedOnTheServerGiveTheDevicesDocument() {
        Workout device = started(3, 3);
        Workout server = tracker.payload(device);
        tracker.acknowledged(1);
        for (int i = 0; i < 3; i++) {
            String e = device.visibleExercises().get(i).id();
            String s = device.exercise(e).visibleSets().get(i).id();
            serverNow += 500;
            device = SetEdits.completeSet(device, e, s, stamps.next(), serverNow);
            device = SetEdits.setReps(device, e, s, 5 + i, stamps.next());
            server = WorkoutMerge.merge(server, tracker.payload(device));
            tracker.acknowledged(2 + i);
        }
        assertEquals(device, WorkoutMerge.merge(server, device), "nothing the server lacks");
        assertEquals(3, server.setsDone());
    }

    @Test
    void restoringAWatermarkSendsADeltaAfterAReload() {
        Workout workout = started(2, 2);
        tracker.restore("s-1", workout.latestStamp(), 7);
        String e0 = workout.visibleExercises().get(0).id();
        Workout edited = SetEdits.setReps(workout, e0, workout.exercise(e0).visibleSets().get(0).id(), 3,
                stamps.next());
        assertTrue(tracker.payload(edited).partial());
        assertEquals(7, tracker.baseRevision());
    }
}
