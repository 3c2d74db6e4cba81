package app.spotter.client.player;

import app.spotter.client.Route;
import app.spotter.client.platform.Platform;
import app.spotter.templates.WorkoutTemplate;

/** Starts a workout from a template (the "Start" button). Placeholder: the player issue replaces it. */
public final class WorkoutStarter {
    private final Platform platform;

    public WorkoutStarter(Platform platform) {
        this.platform = platform;
    }

    public void start(WorkoutTemplate template) {
        platform.router().go(Route.PLAYER);
    }
}
