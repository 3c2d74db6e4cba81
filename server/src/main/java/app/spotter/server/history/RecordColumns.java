package app.spotter.server.history;

import app.spotter.history.KindMeasures;
import app.spotter.history.PersonalRecord.Kind;

/**
 * The SQL aggregates over {@code workout_sets} rows that give a record's best, the same rule as the shared
 * {@link KindMeasures#measure} (a row counts only when the fields the measure needs are above zero; NULL when none
 * does). Queries using them also leave warm-ups out, as the measure does.
 */
final class RecordColumns {
    /** The condition every row a record counts must meet. */
    static final String NOT_WARMUP = "set_type <> 'warmup'";

    private RecordColumns() {
    }

    static String aggregate(Kind record) {
        String best = KindMeasures.lowerIsBetter(record) ? "MIN" : "MAX";
        return best + "(CASE WHEN " + condition(record) + " THEN " + value(record) + " END)";
    }

    private static String condition(Kind record) {
        switch (record) {
            case HEAVIEST_WEIGHT:
            case MOST_ADDED_WEIGHT:
            case BEST_ESTIMATED_ONE_REP_MAX:
            case BEST_SET_VOLUME:
                return "reps > 0 AND weight > 0";
            case MOST_REPS:
            case MOST_REPS_AT_WEIGHT:
            case LEAST_ASSISTANCE:
                return "reps > 0";
            case LONGEST_HOLD:
            case LONGEST_CARRY:
                return "duration_seconds > 0";
            case LONGEST_DISTANCE:
                return "distance_meters > 0";
            case BEST_PACE:
                return "distance_meters > 0 AND duration_seconds > 0";
            default:
                return "weight > 0";
        }
    }

    private static String value(Kind record) {
        switch (record) {
            case BEST_ESTIMATED_ONE_REP_MAX:
                return "e1rm";
            case BEST_SET_VOLUME:
                return "reps * weight";
            case MOST_REPS:
            case MOST_REPS_AT_WEIGHT:
                return "reps";
            case LONGEST_HOLD:
            case LONGEST_CARRY:
                return "duration_seconds";
            case LONGEST_DISTANCE:
                return "distance_meters";
            case BEST_PACE:
                return "duration_seconds * 1000.0 / distance_meters";
            default:
                return "weight";
        }
    }
}
