package app.spotter.server.history;

import app.spotter.history.KindMeasures;
import app.spotter.history.PersonalRecord.Kind;
import java.util.List;

/**
 * The measures {@code exercise_bests} keeps per workout and exercise, each the SQL aggregate over that workout's
 * {@code workout_sets} rows that gives a record's best, the same rule as the shared {@link KindMeasures#measure}: a
 * row counts only when it is no warm-up and the fields the measure needs are above zero; NULL when none does.
 * Records that measure a set the same way share a column (heaviest weight and most added weight, say).
 */
enum RecordColumns {
    HEAVIEST_WEIGHT("heaviest_weight", "reps > 0 AND weight > 0", "weight", false),
    BEST_E1RM("best_e1rm", "reps > 0 AND weight > 0", "e1rm", false),
    BEST_SET_VOLUME("best_set_volume", "reps > 0 AND weight > 0", "reps * weight", false),
    MOST_REPS("most_reps", "reps > 0", "reps", false),
    LEAST_ASSISTANCE("least_assistance", "reps > 0", "weight", true),
    LONGEST_DURATION("longest_duration", "duration_seconds > 0", "duration_seconds", false),
    LONGEST_DISTANCE("longest_distance", "distance_meters > 0", "distance_meters", false),
    BEST_PACE("best_pace", "distance_meters > 0 AND duration_seconds > 0",
            "duration_seconds * 1000.0 / distance_meters", true),
    HEAVIEST_LOAD("heaviest_load", "weight > 0", "weight", false);

    /** The condition every {@code workout_sets} row a record counts must meet. */
    static final String NOT_WARMUP = "set_type <> 'warmup'";

    private final String column;
    private final String condition;
    private final String value;
    private final boolean lowerIsBetter;

    RecordColumns(String column, String condition, String value, boolean lowerIsBetter) {
        this.column = column;
        this.condition = condition;
        this.value = value;
        this.lowerIsBetter = lowerIsBetter;
    }

    /** The column of {@code exercise_bests} that holds a workout's best of {@code record}. */
    static RecordColumns of(Kind record) {
        switch (record) {
            case HEAVIEST_WEIGHT:
            case MOST_ADDED_WEIGHT:
                return HEAVIEST_WEIGHT;
            case BEST_ESTIMATED_ONE_REP_MAX:
                return BEST_E1RM;
            case BEST_SET_VOLUME:
                return BEST_SET_VOLUME;
            case MOST_REPS:
            case MOST_REPS_AT_WEIGHT:
                return MOST_REPS;
            case LEAST_ASSISTANCE:
                return LEAST_ASSISTANCE;
            case LONGEST_HOLD:
            case LONGEST_CARRY:
                return LONGEST_DURATION;
            case LONGEST_DISTANCE:
                return LONGEST_DISTANCE;
            case BEST_PACE:
                return BEST_PACE;
            default:
                return HEAVIEST_LOAD;
        }
    }

    static final List<RecordColumns> ALL = List.of(values());

    String column() {
        return column;
    }

    /** The best of this measure over one workout's {@code workout_sets} rows (what a row of the table holds). */
    String overSets() {
        return best() + "(CASE WHEN " + NOT_WARMUP + " AND " + condition + " THEN " + value + " END)";
    }

    /** The best of this measure over {@code exercise_bests} rows (several workouts). */
    String overWorkouts() {
        return best() + "(" + column + ")";
    }

    /** In an upsert into {@code table}: this column set to the better of the row there and the one offered. */
    String keepBetter(String table) {
        String there = table + "." + column;
        return column + " = CASE WHEN " + there + " IS NULL OR excluded." + column + (lowerIsBetter ? " < " : " > ")
                + there + " THEN excluded." + column + " ELSE " + there + " END";
    }

    private String best() {
        return lowerIsBetter ? "MIN" : "MAX";
    }

    /** Whether the shared rule agrees on direction (checked once, so the two cannot drift apart silently). */
    static boolean agreesWith(Kind record) {
        return of(record).lowerIsBetter == KindMeasures.lowerIsBetter(record);
    }
}
