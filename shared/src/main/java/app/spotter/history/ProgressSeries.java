package app.spotter.history;

import app.spotter.workout.ExerciseKind;
import java.util.List;

/**
 * An exercise's progress by one kind ({@code GET /api/progress}): per workout, oldest first, the kind's
 * {@link KindMeasures#primary} and {@link KindMeasures#secondary} figures.
 */
public record ProgressSeries(ExerciseKind kind, List<KindProgressPoint> points) {
}
