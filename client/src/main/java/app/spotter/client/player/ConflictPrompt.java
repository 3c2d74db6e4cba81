package app.spotter.client.player;

import app.spotter.session.WorkoutSession;
import app.spotter.templates.WorkoutTemplate;

/** Asks the user what to do when starting {@code wanted} would replace the session already in progress. */
public interface ConflictPrompt {
    void ask(WorkoutSession inProgress, WorkoutTemplate wanted, Runnable resume, Runnable discardAndStartNew);
}
