package app.spotter.client.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.client.api.ServerClock;
import app.spotter.client.api.ServerTimeHttp;
import app.spotter.client.platform.Device;
import app.spotter.client.platform.MemoryStorage;
import app.spotter.client.platform.Platform;
import app.spotter.client.platform.Router;
import app.spotter.client.settings.UnitSetting;
import app.spotter.history.LastTimeCodec;
import app.spotter.history.PastSet;
import app.spotter.history.WeightUnit;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetType;
import app.spotter.workout.Stamp;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateCodecV2;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import app.spotter.workout.WorkoutSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The model-2 player's user actions on a fake device against the in-memory model-2 server. */
class WorkoutPlayerTest {
    private final FakeTime time = new FakeTime();
    private final FakeWorkoutServer server = new FakeWorkoutServer(time);
    private final MemoryStorage storage = new MemoryStorage();
    private final StorageKeys keys = StorageKeys.forUser("u-1");
    private int nextId = 1;
    private final WorkoutPlayer player = newPlayer();
    private int redraws;
    private int refreshes;

    private WorkoutPlayer newPlayer() {
        Platform platform = platform();
        return new WorkoutPlayer(platform, keys, new FakeGymFloor().floor(), OutboxRetry.of(platform, keys));
    }

    private Platform platform() {
        ServerClock clock = new ServerClock(time, storage);
        Router router = new Router() {
            @Override
            public String currentPath() {
                return "/workouts/active";
            }

            @Override
            public void go(String path) {
            }

            @Override
            public void onChange(Consumer<String> listener) {
            }
        };
        Device device = new Device() {
            @Override
            public void vibrate(int millis) {
            }

            @Override
            public void vibrateRepeated(int millis, int pauseMillis, int times) {
            }

            @Override
            public boolean online() {
                return !server.down;
            }
        };
        return new Platform(storage, new ServerTimeHttp(server, clock), time, time, router, () -> "id" + (nextId++),
                device, clock);
    }

    private WorkoutPlayer.Screen screen() {
        return new WorkoutPlayer.Screen() {
            @Override
            public void redraw() {
                redraws++;
            }

            @Override
            public void refresh() {
                refreshes++;
            }
        };
    }

    /** A 2 x 2 workout started on another device, "s-elsewhere", for the server's draft. */
    private static Workout startedOnTheLaptop() {
        return SessionEdits.start(DeltaTrackerTest.grid(2, 2), "s-elsewhere", new Stamp(FakeTime.T0, 0, "laptop"),
                FakeTime.T0);
    }

    private Workout playing(int exercises, int sets) {
        Workout started = SessionEdits.start(DeltaTrackerTest.grid(exercises, sets), "s-1",
                new Stamp(FakeTime.T0, 0, "other"), FakeTime.T0);
        new WorkoutStore(storage, keys, time).save(started, null, 0);
        player.mount(screen());
        server.answerAll();
        return workout();
    }

    private Workout workout() {
        return player.state().workout();
    }

    private WorkoutExercise exercise(int i) {
        return workout().visibleExercises().get(i);
    }

    private WorkoutSet set(int e, int s) {
        return exercise(e).visibleSets().get(s);
    }

    /** A tap on Done, and the end of the tap's task: the sync it asked for goes. */
    private void complete(int e, int s) {
        player.edits().completeSet(exercise(e).id(), set(e, s).id());
        time.advance(0);
    }

    @Test
    void mountingShowsTheDevicesCopyAndPutsItOnTheServer() {
        playing(2, 2);
        assertEquals(LiveState.Phase.ACTIVE, player.state().phase());
        assertEquals(workout(), server.draft);
        assertEquals(SyncStatus.SYNCED, player.state().syncStatus());
        assertEquals(workout(), new WorkoutStore(storage, keys, time).load().workout(), "stored before shown");
        assertNotNull(new WorkoutStore(storage, keys, time).load().watermark(), "the acknowledged watermark kept");
    }

    @Test
    void addSetCopiesTheLastSetAndRemoveSetTakesOneAway() {
        playing(1, 2);
        String e = exercise(0).id();
        player.edits().editField(e, set(0, 1).id(), "reps", "6");
        player.edits().addSet(e);
        assertEquals(3, exercise(0).visibleSets().size());
        assertEquals(6, set(0, 2).repsValue(), "a copy of the last set");
        player.edits().removeSet(e, set(0, 0).id());
        assertEquals(2, exercise(0).visibleSets().size());
        server.answerAll();
        time.advance(WorkoutSync.HEARTBEAT_MILLIS);
        server.answerAll();
        assertEquals(workout(), server.draft, "the heartbeat carried both");
    }

    @Test
    void addExerciseByNameAndKindOpensItWithOneSetOfItsInputs() {
        playing(1, 1);
        player.edits().addExercise("Plank", ExerciseKind.DURATION);
        assertEquals(2, workout().visibleExercises().size());
        assertEquals("Plank", exercise(1).nameValue());
        assertEquals(ExerciseKind.DURATION, exercise(1).kind());
        assertEquals(1, exercise(1).visibleSets().size());
        assertEquals(exercise(1).id(), workout().activeExercise().id());
        player.edits().addExercise("", ExerciseKind.WEIGHT_REPS);
        assertNotNull(player.state().editError(), "a name is needed");
        assertEquals(2, workout().visibleExercises().size());
    }

    @Test
    void removeMoveAndReplaceExercises() {
        playing(3, 1);
        String first = exercise(0).id();
        String third = exercise(2).id();
        player.edits().moveExercise(third, -1);
        assertEquals(third, exercise(1).id());
        player.edits().moveExercise(first, +1);
        assertEquals(List.of(third, first), List.of(exercise(0).id(), exercise(1).id()));
        complete(1, 0);
        player.edits().replaceExercise(first, "Incline press", ExerciseKind.WEIGHT_REPS);
        assertEquals("Incline press", exercise(1).nameValue());
        assertTrue(set(1, 0).isDone(), "its sets kept");
        player.edits().removeExercise(third);
        assertEquals(2, workout().visibleExercises().size());
    }

    @Test
    void setTypeRpeAndNotes() {
        playing(1, 1);
        String e = exercise(0).id();
        String s = set(0, 0).id();
        player.edits().setType(e, s, SetType.WARMUP);
        player.edits().setRpe(e, s, "8.5");
        player.edits().setNote(e, "Elbows in");
        player.edits().setNote("", "Felt strong");
        assertEquals(SetType.WARMUP, set(0, 0).typeValue());
        assertEquals(8.5, set(0, 0).rpeValue());
        assertEquals("Elbows in", exercise(0).noteValue());
        assertEquals("Felt strong", workout().noteValue());
        player.edits().setRpe(e, s, "11");
        assertEquals("exercises[0].sets[0].rpe", player.state().editError().field());
        assertEquals(8.5, set(0, 0).rpeValue(), "left as it was");
        player.edits().setNote("", "x".repeat(1001));
        assertEquals("Felt strong", workout().noteValue(), "1000 characters at most");
    }

    @Test
    void aWeightOutOfRangeIsExplainedInTheChosenUnit() {
        new UnitSetting(storage).choose(WeightUnit.LB);
        playing(1, 1);
        String e = exercise(0).id();
        String s = set(0, 0).id();
        player.edits().editField(e, s, "weight", "2300");
        assertEquals("exercises[0].sets[0].weight", player.state().editError().field());
        assertEquals("Weight must be between 0 and 4409 lb", player.state().editError().message());
        new UnitSetting(storage).choose(WeightUnit.KG);
        player.edits().editField(e, s, "weight", "2300");
        assertEquals("Weight must be between 0 and 2000 kg", player.state().editError().message());
    }

    @Test
    void numbersAreReadAsTheTemplateEditorReadsThem() {
        playing(1, 1);
        String e = exercise(0).id();
        String s = set(0, 0).id();
        double before = set(0, 0).weightValue();
        for (String typed : new String[] {"1e2", "0x10", "NaN", "+5"}) {
            player.edits().editField(e, s, "weight", typed);
            assertEquals("Enter a number", player.state().editError().message(), typed);
            assertEquals(before, set(0, 0).weightValue(), typed + " changes nothing");
        }
        player.edits().editField(e, s, "weight", "62,5");
        assertEquals(62.5, set(0, 0).weightValue(), "a comma is a decimal mark, as in the editor");
    }

    @Test
    void inputsArePerKindAndTheStopwatchRecordsTheHold() {
        playing(1, 1);
        player.edits().addExercise("Plank", ExerciseKind.DURATION);
        String e = exercise(1).id();
        String s = set(1, 0).id();
        player.edits().editField(e, s, "weight", "20");
        assertNotNull(player.state().editError(), "a hold takes no weight");
        player.edits().toggleStopwatch(e, s);
        assertEquals(e + "/" + s, player.state().stopwatch());
        time.advance(62_400);
        player.edits().toggleStopwatch(e, s);
        assertEquals("", player.state().stopwatch());
        assertEquals(62, set(1, 0).durationValue());
    }

    @Test
    void completingASetSyncsAtOnceAndStartsTheRest() {
        playing(2, 2);
        int puts = server.puts().size();
        player.edits().completeSet(exercise(0).id(), set(0, 0).id());
        assertEquals(puts, server.puts().size(), "the tap's own task only stores and shows the change");
        assertTrue(new WorkoutStore(storage, keys, time).load().workout().exercise(exercise(0).id())
                .set(set(0, 0).id()).isDone(), "stored at once");
        time.advance(0);
        assertEquals(puts + 1, server.puts().size(), "sent right after it");
        assertTrue(server.puts().get(puts).body().contains("\"partial\":true"));
        assertEquals(90, workout().restRemainingSeconds(player.now()));
        server.answerAll();
        assertTrue(server.draft.exercise(exercise(0).id()).set(set(0, 0).id()).isDone());
    }

    @Test
    void aSupersetMovesRoundByRoundAndRestsAfterTheLastExerciseOfTheRound() {
        playing(2, 2);
        player.edits().supersetWithNext(exercise(0).id());
        assertFalse(exercise(0).groupValue().isEmpty());
        complete(0, 0);
        assertEquals(exercise(1).id(), workout().activeExercise().id(), "to the next exercise of the round");
        assertEquals(0, workout().restRemainingSeconds(player.now()), "no rest inside the round");
        complete(1, 0);
        assertEquals(exercise(0).id(), workout().activeExercise().id(), "round 2 starts at the first");
        assertEquals(90, workout().restRemainingSeconds(player.now()), "rest after the round");
    }

    @Test
    void finishWithSetsLeftAsksAndKeepGoingKeepsGoing() {
        playing(3, 4);
        for (int i = 0; i < 9; i++) {
            complete(i / 4, i % 4);
        }
        player.finishing().finish();
        assertEquals("3 of 12 sets not done", player.state().question().message());
        assertEquals(Question.Kind.CONFIRM_FINISH, player.state().question().kind());
        assertEquals(LiveState.Phase.ACTIVE, player.state().phase());
        player.finishing().keepGoing();
        assertNull(player.state().question());
        player.finishing().finish();
        player.finishing().confirmFinish();
        server.answerAll();
        assertEquals(LiveState.Phase.SUMMARY, player.state().phase());
        assertEquals(LiveState.LogStatus.SAVED, player.state().logStatus());
        assertEquals(9, server.logged.get("s-1").setsDone());
        assertNull(new WorkoutStore(storage, keys, time).load().workout(), "nothing left on the device");
    }

    @Test
    void anEmptyWorkoutIsRefusedAndDiscardIsOffered() {
        playing(1, 2);
        player.finishing().finish();
        assertEquals(Question.Kind.REFUSE_FINISH, player.state().question().kind());
        player.finishing().confirmFinish();
        assertEquals(LiveState.Phase.ACTIVE, player.state().phase(), "never logged");
        player.finishing().confirmDiscard();
        server.answerAll();
        assertEquals(LiveState.Phase.EMPTY, player.state().phase());
        assertTrue(server.logged.isEmpty());
        assertEquals("discarded", server.tombstones.get("s-1"));
    }

    @Test
    void afterFinishSaveAsTemplateAndUpdateTemplateSendWhatWasDone() {
        playing(2, 2);
        player.edits().editField(exercise(0).id(), set(0, 0).id(), "reps", "10");
        complete(0, 0);
        complete(0, 1);
        player.finishing().finish();
        player.finishing().confirmFinish();
        server.answerAll();
        player.finishing().saveAsTemplate();
        player.finishing().updateTemplate();
        server.answerAll();
        assertEquals("POST", server.templates.get(0).method());
        Template saved = TemplateCodecV2.read(server.templates.get(0).body());
        assertEquals(1, saved.exercises().size(), "only the exercise with done sets");
        assertEquals(10, saved.exercises().get(0).sets().get(0).targets().reps());
        assertEquals("PUT", server.templates.get(1).method());
        assertEquals("/api/templates/t-1", server.templates.get(1).path());
        assertEquals("The template now has what you did today.", player.state().notice());
    }

    @Test
    void aFinishTheServerFailedIsSentAgainOnTheOutboxScheduleAndThenShownSaved() {
        playing(1, 1);
        complete(0, 0);
        server.failing = 503;
        player.finishing().finish();
        server.answerAll();
        assertEquals(LiveState.LogStatus.NOT_SAVED, player.state().logStatus());
        assertEquals(1, server.requests("POST").size());

        server.failing = 0;
        time.advance(Backoff.OUTBOX.pauseAfter(1) - 1);
        server.answerAll();
        assertEquals(1, server.requests("POST").size(), "not before the outbox's first pause");
        time.advance(1);
        server.answerAll();

        assertEquals(2, server.requests("POST").size());
        assertEquals(LiveState.LogStatus.SAVED, player.state().logStatus());
        assertTrue(server.logged.containsKey("s-1"));
        time.advance(Backoff.OUTBOX.longest());
        assertEquals(2, server.requests("POST").size(), "nothing more once the server has it");
    }

    @Test
    void aRestoreTheServerFailedIsSentAgainStillAsARestore() {
        playing(1, 1);
        complete(0, 0);
        server.tombstones.put("s-1", "deleted");
        player.finishing().finish();
        server.answerAll();
        server.failing = 500;
        player.choices().restore();
        server.answerAll();
        assertEquals(LiveState.LogStatus.NOT_SAVED, player.state().logStatus());

        server.failing = 0;
        time.advance(Backoff.OUTBOX.pauseAfter(1));
        server.answerAll();

        assertTrue(server.requests("POST").get(2).path().endsWith("?restore=true"));
        assertEquals(LiveState.LogStatus.SAVED, player.state().logStatus());
        assertTrue(server.logged.containsKey("s-1"));
    }

    @Test
    void aLogRefusedBecauseTheWorkoutWasDeletedIsKeptAndARetryRestoresIt() {
        playing(1, 1);
        complete(0, 0);
        server.tombstones.put("s-1", "deleted");
        player.finishing().finish();
        server.answerAll();
        assertEquals(LiveState.LogStatus.NOT_SAVED, player.state().logStatus());
        assertEquals(Question.Kind.RESTORE, player.state().question().kind(), "asks before logging it");
        assertTrue(player.state().question().message().contains("deleted on another device"));
        assertTrue(new WorkoutOutbox(storage, keys, time).contains("s-1"), "kept on the device");
        player.choices().restore();
        server.answerAll();
        assertEquals(LiveState.LogStatus.SAVED, player.state().logStatus());
        assertTrue(server.requests("POST").get(1).path().endsWith("?restore=true"));
    }

    @Test
    void aWorkoutDiscardedElsewhereWhileInProgressAsksAndKeepItLogsItWithRestore() {
        playing(1, 2);
        server.tombstones.put("s-1", "discarded");
        server.draft = null;
        complete(0, 0);
        server.answerAll();
        assertEquals(Question.Kind.RESTORE, player.state().question().kind());
        assertTrue(player.state().question().message().contains("discarded on another device"));
        player.choices().restore();
        assertNull(player.state().question());
        complete(0, 1);
        int puts = server.puts().size();
        time.advance(WorkoutSync.HEARTBEAT_MILLIS * 2);
        server.answerAll();
        assertEquals(puts, server.puts().size(), "the server refuses drafts of it: none is sent");
        player.finishing().finish();
        server.answerAll();
        assertEquals(LiveState.LogStatus.SAVED, player.state().logStatus());
        assertEquals(2, server.logged.get("s-1").setsDone());
    }

    @Test
    void dropAfterADiscardElsewhereClearsThisDevicesCopy() {
        playing(1, 1);
        server.tombstones.put("s-1", "discarded");
        server.draft = null;
        complete(0, 0);
        server.answerAll();
        player.choices().drop();
        assertEquals(LiveState.Phase.EMPTY, player.state().phase());
        assertNull(new WorkoutStore(storage, keys, time).load().workout());
        assertTrue(server.logged.isEmpty());
    }

    @Test
    void aWorkoutLoggedElsewhereOffersAddToLoggedWhichAmendsTheLog() {
        playing(1, 2);
        server.answerAll();
        Workout elsewhere = server.draft;
        String e = exercise(0).id();
        Workout loggedThere = SessionEdits.finish(app.spotter.workout.SetEdits.completeSet(elsewhere, e,
                set(0, 0).id(), new Stamp(FakeTime.T0 + 1000, 0, "laptop"), FakeTime.T0 + 1000),
                new Stamp(FakeTime.T0 + 2000, 0, "laptop"), FakeTime.T0 + 2000);
        server.logged.put("s-1", loggedThere);
        server.draft = null;
        complete(0, 1);
        server.answerAll();
        assertEquals(Question.Kind.ADD_TO_LOGGED, player.state().question().kind());
        player.choices().addToLogged();
        server.answerAll();
        assertEquals(2, server.logged.get("s-1").setsDone(), "this device's late set is in the log");
        assertEquals(LiveState.Phase.EMPTY, player.state().phase());
        assertTrue(server.requests("POST").get(0).path().endsWith("/s-1/amend"));
    }

    @Test
    void aDifferentWorkoutOnTheServerAsksAndKeepThisReplacesIt() {
        Workout other = SessionEdits.start(DeltaTrackerTest.grid(1, 1), "s-laptop",
                new Stamp(FakeTime.T0, 0, "laptop"), FakeTime.T0);
        server.draft = other;
        new WorkoutStore(storage, keys, time).save(SessionEdits.start(DeltaTrackerTest.grid(2, 1), "s-1",
                new Stamp(FakeTime.T0, 0, "phone"), FakeTime.T0), null, 0);
        player.mount(screen());
        server.answerAll();
        assertEquals(Question.Kind.CONFLICT, player.state().question().kind());
        player.choices().keepThis();
        server.answerAll();
        assertNull(player.state().question());
        assertEquals("s-1", server.draft.sessionId());
        assertEquals("discarded", server.tombstones.get("s-laptop"));
    }

    @Test
    void resumeOtherSwitchesToTheServersWorkoutAndKeepsThisOneAside() {
        server.draft = SessionEdits.start(DeltaTrackerTest.grid(1, 1), "s-laptop",
                new Stamp(FakeTime.T0, 0, "laptop"), FakeTime.T0);
        new WorkoutStore(storage, keys, time).save(SessionEdits.start(DeltaTrackerTest.grid(2, 1), "s-1",
                new Stamp(FakeTime.T0, 0, "phone"), FakeTime.T0), null, 0);
        player.mount(screen());
        server.answerAll();
        player.choices().resumeOther();
        server.answerAll();
        assertEquals("s-laptop", workout().sessionId());
        assertEquals("s-laptop", new WorkoutStore(storage, keys, time).load().workout().sessionId());
        assertTrue(storage.values.keySet().stream().anyMatch(k -> k.contains(".s-1.backup.")));
        assertTrue(player.state().notice().contains("kept under"));
    }

    @Test
    void sameAsLastTimeFillsTheSetsNotDoneFromLastTime() {
        server.lastTime = LastTimeCodec.write(Map.of("Exercise 0", List.of(
                new PastSet("weight_reps", "normal", 6, 70, 0, 0, 0),
                new PastSet("weight_reps", "normal", 5, 72.5, 0, 0, 0))));
        playing(1, 3);
        complete(0, 0);
        assertEquals(2, player.state().lastTime().of(exercise(0).nameValue()).size());
        player.edits().sameAsLastTime(exercise(0).id());
        assertEquals(List.of(true, false, false), List.of(set(0, 0).isDone(), set(0, 1).isDone(), set(0, 2).isDone()));
        assertTrue(set(0, 0).repsValue() != 6, "a done set keeps what was done");
        assertEquals(5, set(0, 1).repsValue());
        assertEquals(72.5, set(0, 1).weightValue());
    }

    @Test
    void skipAndAdjustTheRest() {
        playing(1, 2);
        complete(0, 0);
        player.edits().adjustRest(15);
        assertEquals(105, workout().restRemainingSeconds(player.now()));
        player.edits().adjustRest(-30);
        assertEquals(75, workout().restRemainingSeconds(player.now()));
        player.edits().skipRest();
        assertEquals(0, workout().restRemainingSeconds(player.now()));
    }

    @Test
    void whenTheConnectionComesBackTheChangesGoAtOnce() {
        playing(1, 2);
        server.down = true;
        player.edits().editField(exercise(0).id(), set(0, 0).id(), "reps", "3");
        time.advance(WorkoutSync.HEARTBEAT_MILLIS);
        server.answerAll();
        assertEquals(SyncStatus.OFFLINE, player.state().syncStatus());
        server.down = false;
        time.advance(1000);
        server.answerAll();
        assertEquals(3, server.draft.exercise(exercise(0).id()).set(set(0, 0).id()).repsValue(),
                "sent on the first tick online, not at the next retry");
    }

    @Test
    void aWorkoutStartedOnAnotherDeviceOpensHereWithNothingOnThisDevice() {
        server.draft = startedOnTheLaptop();
        player.mount(screen());
        assertEquals(LiveState.Phase.LOADING, player.state().phase(), "loading until the server answers");
        // Read in the answer's task, drawn in the next, kept on the device in the one after its paint (being the
        // server's copy already): answerAll runs each answer and the tasks it queued for right away.
        server.answerAll();
        assertEquals(LiveState.Phase.ACTIVE, player.state().phase());
        assertEquals("s-elsewhere", workout().sessionId());
        assertEquals(workout(), new WorkoutStore(storage, keys, time).load().workout());
        complete(0, 0);
        server.answerAll();
        assertTrue(server.draft.exercise(exercise(0).id()).set(set(0, 0).id()).isDone());
    }

    @Test
    void theServersWorkoutOpenedHereIsNotSentBackAndTheFirstChangeGoesAsADelta() {
        server.draft = startedOnTheLaptop();
        player.mount(screen());
        int refreshedBefore = refreshes;
        server.answerAll();
        assertEquals(SyncStatus.SYNCED, player.state().syncStatus(), "this device holds the server's copy");
        assertTrue(refreshes > refreshedBefore, "and the screen's sync status says so");
        assertEquals(workout(), new WorkoutStore(storage, keys, time).load().workout(), "kept on the device");
        assertTrue(server.requests("PUT").isEmpty(), "the server's own copy is not uploaded to it again");
        complete(0, 0);
        server.answerAll();
        assertEquals(1, server.requests("PUT").size());
        assertTrue(server.requests("PUT").get(0).body().contains("\"partial\":true"), "only what changed here");
        assertTrue(server.draft.exercise(exercise(0).id()).set(set(0, 0).id()).isDone());
        assertEquals(SyncStatus.SYNCED, player.state().syncStatus());
    }

    @Test
    void theServersWorkoutIsReadInTheAnswersTaskAndDrawnInTheNext() {
        server.draft = startedOnTheLaptop();
        player.mount(screen());
        server.answerWithoutWhatFollows();
        // On a slow phone reading the document and drawing it are two long pieces of work: one task each.
        assertEquals(LiveState.Phase.LOADING, player.state().phase(), "read, not drawn yet");
        time.advance(0);
        assertEquals(LiveState.Phase.ACTIVE, player.state().phase());
        assertEquals("s-elsewhere", workout().sessionId());
    }

    @Test
    void aDeviceWithNothingShowsLoadingUntilTheServerSaysThereIsNoWorkout() {
        server.draft = null;
        player.mount(screen());
        assertEquals(LiveState.Phase.LOADING, player.state().phase(), "no empty screen before the server's word");
        server.answerAll();
        assertEquals(LiveState.Phase.EMPTY, player.state().phase());
    }

    @Test
    void withoutAConnectionTheEmptyScreenComesAtOnce() {
        server.down = true;
        player.mount(screen());
        server.answerAll();
        assertEquals(LiveState.Phase.EMPTY, player.state().phase());
        assertEquals(SyncStatus.OFFLINE, player.state().syncStatus());
    }

    @Test
    void aSlowServerGetsAMomentThenTheEmptyScreenAndItsWorkoutStillOpensWhenItComes() {
        server.draft = startedOnTheLaptop();
        player.mount(screen());
        time.advance(WorkoutPlayer.SERVER_WAIT_MILLIS - 1);
        assertEquals(LiveState.Phase.LOADING, player.state().phase());
        time.advance(1);
        assertEquals(LiveState.Phase.EMPTY, player.state().phase(), "a new workout can be started in a dead zone");
        server.answerAll();
        assertEquals(LiveState.Phase.ACTIVE, player.state().phase());
        assertEquals("s-elsewhere", workout().sessionId());
    }

    @Test
    void theWaitForTheServerEndsWithTheScreen() {
        player.mount(screen());
        player.unmount();
        assertEquals(0, time.activeTimers(), "no timer left behind by the wait for the server");
    }

    @Test
    void anotherDevicesChangesToThisWorkoutAreMergedInAtMount() {
        Workout here = playing(1, 2);
        player.unmount();
        String e = here.visibleExercises().get(0).id();
        String s = here.exercise(e).visibleSets().get(1).id();
        server.draft = app.spotter.workout.SetEdits.setReps(server.draft, e, s, 3,
                new Stamp(FakeTime.T0 + 60_000, 0, "laptop"));
        WorkoutPlayer reloaded = newPlayer();
        reloaded.mount(screen());
        server.answerAll();
        assertEquals(3, reloaded.state().workout().exercise(e).set(s).repsValue());
    }

    @Test
    void aReloadSendsOnlyWhatChangedSinceTheLastAcknowledgedSync() {
        playing(8, 4);
        complete(0, 0);
        server.answerAll();
        WorkoutPlayer reloaded = newPlayer();
        int puts = server.puts().size();
        reloaded.mount(screen());
        assertTrue(server.puts().get(puts).body().contains("\"partial\":true"), "a delta, not the whole document");
        server.answerAll();
        assertEquals(workout(), reloaded.state().workout());
    }
}
