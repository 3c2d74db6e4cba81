package app.spotter.history;

import app.spotter.history.PersonalRecord.Kind;
import app.spotter.workout.ExerciseKind;
import java.util.List;

/**
 * What each exercise kind keeps records of, and how a set measures on each record: the one rule the client, the
 * server's summary and the progress series share. A measure is NaN for a set that does not count toward it.
 */
public final class KindMeasures {
    private KindMeasures() {
    }

    /** The records an exercise of {@code kind} can set, in the order they are shown. */
    public static List<Kind> recordsOf(ExerciseKind kind) {
        switch (kind) {
            case WEIGHT_REPS:
                return List.of(Kind.HEAVIEST_WEIGHT, Kind.MOST_REPS_AT_WEIGHT, Kind.BEST_ESTIMATED_ONE_REP_MAX,
                        Kind.BEST_SET_VOLUME);
            case BODYWEIGHT_REPS:
                return List.of(Kind.MOST_REPS, Kind.MOST_ADDED_WEIGHT);
            case ASSISTED:
                return List.of(Kind.LEAST_ASSISTANCE, Kind.MOST_REPS);
            case REPS_ONLY:
                return List.of(Kind.MOST_REPS);
            case DURATION:
                return List.of(Kind.LONGEST_HOLD);
            case DISTANCE_DURATION:
                return List.of(Kind.LONGEST_DISTANCE, Kind.BEST_PACE);
            default:
                return List.of(Kind.HEAVIEST_CARRY, Kind.LONGEST_CARRY);
        }
    }

    /** The figure a progress chart of {@code kind} draws first (the line with dots). */
    public static Kind primary(ExerciseKind kind) {
        return recordsOf(kind).get(0);
    }

    /** The figure drawn second, or null when the kind has one figure only. */
    public static Kind secondary(ExerciseKind kind) {
        switch (kind) {
            case WEIGHT_REPS:
                return Kind.BEST_ESTIMATED_ONE_REP_MAX;
            case REPS_ONLY:
            case DURATION:
                return null;
            default:
                return recordsOf(kind).get(1);
        }
    }

    /** How {@code set} measures on {@code record}; NaN when it does not count (a warm-up, an empty field). */
    public static double measure(Kind record, DoneSet set) {
        if (!set.counts()) {
            return Double.NaN;
        }
        switch (record) {
            case HEAVIEST_WEIGHT:
            case MOST_ADDED_WEIGHT:
                return set.reps() > 0 && set.weight() > 0 ? set.weight() : Double.NaN;
            case BEST_ESTIMATED_ONE_REP_MAX:
                return set.reps() > 0 && set.weight() > 0 ? Epley.oneRepMax(set.reps(), set.weight()) : Double.NaN;
            case BEST_SET_VOLUME:
                return set.reps() > 0 && set.weight() > 0 ? set.reps() * set.weight() : Double.NaN;
            case MOST_REPS:
            case MOST_REPS_AT_WEIGHT:
                return set.reps() > 0 ? set.reps() : Double.NaN;
            case LEAST_ASSISTANCE:
                return set.reps() > 0 ? set.weight() : Double.NaN;
            case LONGEST_HOLD:
            case LONGEST_CARRY:
                return set.durationSeconds() > 0 ? set.durationSeconds() : Double.NaN;
            case LONGEST_DISTANCE:
                return set.distanceMeters() > 0 ? set.distanceMeters() : Double.NaN;
            case BEST_PACE:
                return set.distanceMeters() > 0 && set.durationSeconds() > 0
                        ? set.durationSeconds() * 1000.0 / set.distanceMeters() : Double.NaN;
            default:
                return set.weight() > 0 ? set.weight() : Double.NaN;
        }
    }

    /** Less is better for assistance and pace (seconds per km); more for everything else. */
    public static boolean lowerIsBetter(Kind record) {
        return record == Kind.LEAST_ASSISTANCE || record == Kind.BEST_PACE;
    }

    /** Whether {@code candidate} beats {@code best}; anything beats NaN, NaN beats nothing. */
    public static boolean beats(Kind record, double candidate, double best) {
        if (Double.isNaN(candidate)) {
            return false;
        }
        if (Double.isNaN(best)) {
            return true;
        }
        return lowerIsBetter(record) ? candidate < best : candidate > best;
    }

    /** The better of two measures (NaN when both are). */
    public static double better(Kind record, double a, double b) {
        return beats(record, b, a) ? b : a;
    }

    /** The unit of a record's value: "kg", "reps", "s", "m" or "s/km" (kg values are shown in the user's unit). */
    public static String unit(Kind record) {
        switch (record) {
            case MOST_REPS:
            case MOST_REPS_AT_WEIGHT:
                return "reps";
            case LONGEST_HOLD:
            case LONGEST_CARRY:
                return "s";
            case LONGEST_DISTANCE:
                return "m";
            case BEST_PACE:
                return "s/km";
            default:
                return "kg";
        }
    }
}
