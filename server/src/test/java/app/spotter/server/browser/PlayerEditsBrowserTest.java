package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.support.Browser;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetType;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import app.spotter.workout.WorkoutSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reshaping a live workout in the compiled client (issue 10): sets and exercises added, removed, moved and replaced,
 * set types, RPE and notes, inputs by kind with the stopwatch, supersets round by round, and Finish's rules, each
 * checked on screen and in what the server holds.
 */
class PlayerEditsBrowserTest {
    @TempDir
    Path dir;
    private PlayerFixture app;

    @BeforeEach
    void start() {
        app = new PlayerFixture(dir);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private PlayerScreen playing(String sessionId) {
        app.startedElsewhere(app.push, sessionId, 60_000);
        PlayerScreen screen = app.open("/workouts/active");
        screen.waitFor("the first sync", () -> screen.text("#sync-status").equals("synced"));
        return screen;
    }

    private static List<String> names(Workout workout) {
        List<String> names = new ArrayList<>();
        for (WorkoutExercise exercise : workout.visibleExercises()) {
            names.add(exercise.nameValue());
        }
        return names;
    }

    private void addExercise(PlayerScreen screen, String name, String kind) {
        screen.tap("add-exercise");
        screen.element("#exercise-names");
        screen.type("new-exercise.name", name);
        screen.choose("new-exercise.kind", kind);
        screen.tap("confirm-add-exercise");
    }

    /** The picker: three letters list the matching exercises with their equipment; one tap fills name and kind. */
    @Test
    void threeLettersListMatchingExercisesWithTheirEquipmentAndOneTapPicksOne() {
        PlayerScreen screen = playing("s-picker");
        screen.tap("add-exercise");
        screen.element("#exercise-names");
        screen.type("new-exercise.name", "pla");
        screen.eventually("the planks listed with what they need", () -> {
            List<String> matches = new ArrayList<>();
            screen.page().querySelectorAll(".exercise-matches [data-action=pick-exercise]")
                    .forEach(match -> matches.add(match.getTextContent()));
            assertTrue(matches.contains("Plank, bodyweight, core"), matches.toString());
            assertTrue(matches.contains("Side Plank, bodyweight, core"), matches.toString());
        });
        Browser.eventually("Plank picked", () -> {
            screen.page().querySelectorAll(".exercise-matches [data-action=pick-exercise]").stream()
                    .filter(match -> match.getTextContent().startsWith("Plank,")).findFirst().map(match -> {
                        try {
                            return ((org.htmlunit.html.HtmlElement) match).click();
                        } catch (java.io.IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }).orElseThrow();
        });
        assertEquals("Plank", ((org.htmlunit.html.HtmlInput) screen.element("[data-field='new-exercise.name']"))
                .getValue());
        assertEquals(0, screen.count(".exercise-matches li"), "the list closes once one is picked");
        screen.tap("confirm-add-exercise");
        screen.eventually("a plank held for time", () -> {
            assertEquals("duration", screen.element(".exercise.active").getAttribute("data-kind"));
            assertEquals("Plank", screen.text(".exercise.active .exercise-name"));
        });
    }

    @Test
    void setsAndExercisesAreAddedRemovedMovedAndReplacedHereAndOnTheServer() {
        PlayerScreen screen = playing("s-reshape");
        screen.tapNamed("Add set to Bench press");
        screen.eventually("a third set, a copy of the last", () -> {
            assertEquals(3, screen.count(".exercise.active .set-row"));
            assertEquals("62.5", ((org.htmlunit.html.HtmlInput) screen.element(
                    "input[data-field='exercises[0].sets[2].weight']")).getValue());
        });
        screen.tapNamed("Remove set 1");
        screen.eventually("two sets left", () -> assertEquals(2, screen.count(".exercise.active .set-row")));

        addExercise(screen, "Plank", "duration");
        screen.eventually("the plank open, with a seconds box and nothing else", () -> {
            assertEquals("duration", screen.element(".exercise.active").getAttribute("data-kind"));
            assertEquals(2, screen.activeExerciseIndex());
            assertEquals(1, screen.count(".exercise.active .set-durationSeconds"));
            assertEquals(0, screen.count(".exercise.active .set-reps"));
            assertEquals(0, screen.count(".exercise.active .set-weight"));
            assertEquals(1, screen.count(".exercise.active [data-action=start-stopwatch]"));
        });
        screen.tapNamed("Move Plank up");
        screen.eventually("the plank second", () -> assertEquals(1, screen.activeExerciseIndex()));

        screen.tapNamed("Replace Plank");
        screen.element("#exercise-names");
        screen.type("new-exercise.name", "Side plank");
        screen.tap("confirm-replace-exercise");
        screen.eventually("replaced", () -> assertTrue(screen.text(".exercise.active .exercise-name")
                .equals("Side plank"), screen.text(".exercises")));
        screen.tapNamed("Remove Side plank");
        screen.eventually("two exercises again", () -> assertEquals(2, screen.count(".exercise")));

        screen.tapSet("done", 0, 0);
        screen.waitFor("the server's copy", () -> app.serverDraft() != null
                && names(app.serverDraft()).equals(List.of("Bench press", "Overhead press"))
                && app.serverDraft().visibleExercises().get(0).visibleSets().size() == 2
                && PlayerFixture.done(app.serverDraft(), 0, 0));
        Workout server = app.serverDraft();
        assertEquals("e0.s1", PlayerFixture.set(server, 0, 0).id(), "set 1 removed: set 2 moved up");
        assertEquals(62.5, PlayerFixture.set(server, 0, 1).weightValue(), "the added copy of the last set");
        assertFalse(PlayerFixture.set(server, 0, 1).id().startsWith("e0.s"), "a new id made on the device");
        assertEquals(3, server.exercises().size(), "the replaced (same kind: renamed) and removed plank stays as a "
                + "tombstone, so a merge keeps it out");
    }

    @Test
    void setTypeRpeAndNotesAreStoredAndSynced() {
        PlayerScreen screen = playing("s-notes");
        screen.choose("exercises[0].sets[0].type", "warmup");
        screen.choose("exercises[0].sets[0].rpe", "8.5");
        screen.type("exercises[0].note", "Elbows in");
        screen.type("note", "Felt strong");
        screen.eventually("all four on the device", () -> {
            Workout stored = screen.storedWorkout();
            WorkoutSet first = PlayerFixture.set(stored, 0, 0);
            assertEquals(SetType.WARMUP, first.typeValue());
            assertEquals(8.5, first.rpeValue());
            assertEquals("Elbows in", stored.visibleExercises().get(0).noteValue());
            assertEquals("Felt strong", stored.noteValue());
            assertEquals("warmup", screen.element(".exercise.active .set-row").getAttribute("data-type"));
        });
        screen.tapSet("done", 0, 1);
        screen.waitFor("everything on the server with the completion", () -> {
            Workout server = app.serverDraft();
            return server != null && PlayerFixture.done(server, 0, 1)
                    && PlayerFixture.set(server, 0, 0).typeValue() == SetType.WARMUP
                    && PlayerFixture.set(server, 0, 0).rpeValue() == 8.5 && server.noteValue().equals("Felt strong");
        });
        assertEquals("1000", screen.element("[data-field=note]").getAttribute("maxlength"),
                "notes stop at 1,000 characters");
    }

    @Test
    void theRestIsChangedMidWorkoutIntoAWindowThatTheNextRestUsesAndABadOneIsRefused() {
        PlayerScreen screen = playing("s-rest");
        assertEquals("01:30", ((org.htmlunit.html.HtmlInput) screen.element(
                "input[data-field='exercises[0].restSeconds']")).getValue(), "the template's rest, as MM:SS");
        screen.type("exercises[0].restMaxSeconds", "1:00");
        screen.eventually("a longest rest under the rest is refused, naming the rest", () -> assertTrue(
                screen.text(".exercise.active .field-error").contains("not be shorter than the rest (01:30)"),
                screen.text(".exercise.active")));
        assertEquals(0, screen.storedWorkout().visibleExercises().get(0).restMaxValue(), "nothing stored");

        screen.type("exercises[0].restSeconds", "2:00");
        screen.type("exercises[0].restMaxSeconds", "3:00");
        screen.eventually("the window on the device and on the card", () -> {
            WorkoutExercise bench = screen.storedWorkout().visibleExercises().get(0);
            assertEquals(120, bench.restValue());
            assertEquals(180, bench.restMaxValue());
            assertTrue(screen.text(".exercise.active .exercise-progress").contains("rest 02:00 to 03:00"),
                    screen.text(".exercise.active .exercise-progress"));
            assertEquals(0, screen.count(".exercise.active .field-error"), "the error is gone");
        });
        screen.tapSet("done", 0, 0);
        screen.eventually("the next rest counts down from the new rest",
                () -> assertTrue(screen.restSeconds() > 110 && screen.restSeconds() <= 120,
                        screen.text("#rest-timer")));
        screen.waitFor("the window on the server with the completion", () -> app.serverDraft() != null
                && PlayerFixture.done(app.serverDraft(), 0, 0)
                && app.serverDraft().visibleExercises().get(0).restMaxValue() == 180);

        screen.type("exercises[0].restMaxSeconds", "");
        screen.eventually("the window cleared: a single rest again", () -> assertEquals(0,
                screen.storedWorkout().visibleExercises().get(0).restMaxValue()));
        screen.type("exercises[0].restSeconds", "soon");
        screen.eventually("a rest that is not a time says how to type one", () -> assertTrue(
                screen.text(".exercise.active .field-error").contains("like 1:30")));
        assertEquals(120, screen.storedWorkout().visibleExercises().get(0).restValue(), "the stored rest is kept");
    }

    @Test
    void theStopwatchRecordsTheHoldOfADurationSet() {
        PlayerScreen screen = playing("s-hold");
        addExercise(screen, "Plank", "duration");
        screen.tap("start-stopwatch");
        screen.waitFor("two seconds on the stopwatch", () -> screen.text("[data-action=stop-stopwatch]")
                .matches("Stop [2-9] s"));
        screen.tap("stop-stopwatch");
        screen.eventually("the seconds held in the set", () -> {
            WorkoutSet hold = PlayerFixture.set(screen.storedWorkout(), 2, 0);
            assertTrue(hold.durationValue() >= 2, "held " + hold.durationValue() + " s");
            assertEquals(0, screen.count("[data-action=stop-stopwatch]"));
        });
    }

    @Test
    void aSupersetGoesRoundByRoundAndRestsAfterTheRoundsLastExercise() {
        PlayerScreen screen = playing("s-superset");
        screen.tapNamed("Superset with next: Bench press and the exercise after it");
        screen.eventually("grouped", () -> assertEquals(2, screen.count(".exercise.in-superset")));
        screen.tapSet("done", 0, 0);
        screen.eventually("on to the overhead press, no rest inside the round", () -> {
            assertEquals(1, screen.activeExerciseIndex());
            assertEquals(0, screen.count("#rest-timer"));
        });
        screen.tapSet("done", 1, 0);
        screen.eventually("round 2 at the bench press, after the overhead press's rest", () -> {
            assertEquals(0, screen.activeExerciseIndex());
            long rest = screen.restSeconds();
            assertTrue(rest > 50 && rest <= 60, "the last exercise's 60 s rest: " + rest);
        });
    }

    @Test
    void finishAsksWithSetsLeftAndRefusesWithNoneDoneOfferingDiscard() {
        PlayerScreen screen = playing("s-rules");
        screen.tap("finish");
        screen.eventually("refused, with Discard", () -> {
            assertTrue(screen.text(".finish-modal").contains("No set is done yet"), screen.text(".finish-modal"));
            assertEquals(1, screen.count(".finish-modal [data-action=confirm-discard]"));
            assertEquals(0, screen.count("[data-action=finish-anyway]"));
        });
        screen.tap("keep-going");
        screen.tapSet("done", 0, 0);
        screen.tap("finish");
        screen.eventually("the question", () -> assertTrue(screen.text(".finish-modal")
                .contains("2 of 3 sets not done"), screen.text(".finish-modal")));
        screen.tap("keep-going");
        screen.eventually("still playing", () -> {
            assertEquals(0, screen.count(".finish-modal"));
            assertEquals(2, screen.count(".exercise"));
        });
        assertTrue(app.logged().isEmpty());
        screen.tap("discard");
        screen.tap("confirm-discard");
        screen.waitFor("the Workouts screen", () -> screen.path().equals("/workouts"));
        screen.waitFor("the draft discarded on the server", () -> app.serverDraft() == null);
        assertNull(screen.stored());
    }

    @Test
    void anEmptyWorkoutIsBuiltAsYouGoLoggedAndSavedAsATemplate() {
        PlayerScreen screen = app.open("/workouts/active");
        screen.tap("start-empty");
        screen.eventually("an empty workout", () -> {
            assertEquals("Workout", screen.text(".workout-name"));
            assertEquals(0, screen.count(".exercise"));
        });
        screen.tap("add-exercise");
        screen.element("#exercise-names");
        screen.type("new-exercise.name", "Pull-up");
        screen.tap("confirm-add-exercise");
        screen.eventually("the catalog's kind for a pull-up: reps with added weight", () -> {
            assertEquals(ExerciseKind.BODYWEIGHT_REPS.wireName(),
                    screen.element(".exercise.active").getAttribute("data-kind"));
            assertTrue(screen.element(".exercise.active .set-weight").getAttribute("aria-label")
                    .startsWith("Added weight"));
        });
        screen.type("exercises[0].sets[0].reps", "8");
        screen.tapSet("done", 0, 0);
        screen.tap("finish");
        screen.waitFor("logged", () -> screen.count(".log-status.saved") == 1);
        assertEquals(List.of("Pull-up"), names(app.logged().get(0)));
        assertEquals(0, screen.count("[data-action=update-template]"), "no template to update");
        screen.tap("save-as-template");
        screen.eventually("saved as a template", () -> assertEquals("Saved as a new template.",
                screen.text(".notice")));
        assertTrue(app.server.get("/api/templates").body().contains("Pull-up"));
        assertFalse(screen.text(".notice").isEmpty());
    }
}
