package app.spotter.client.player;

import app.spotter.workout.Workout;

/** Asks the user what to do when starting {@code wantedName} would replace the workout already in progress. */
public interface ConflictPrompt {
    void ask(Workout inProgress, String wantedName, Runnable resume, Runnable discardAndStartNew);
}
