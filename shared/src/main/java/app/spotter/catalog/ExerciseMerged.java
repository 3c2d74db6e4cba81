package app.spotter.catalog;

/** What merging one exercise into another did: the name the history now has and how many logged workouts changed. */
public record ExerciseMerged(String into, int workouts) {
}
