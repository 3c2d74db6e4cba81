package app.spotter.client.active;

/** The little the screens outside the player need to know of a workout in progress: its name and start. */
public record ActiveWorkout(String name, long startedAt) {
}
