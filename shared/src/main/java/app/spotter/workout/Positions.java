package app.spotter.workout;

import java.util.List;

/** Picks position keys for inserting and moving items among their visible neighbours. */
final class Positions {
    private Positions() {
    }

    /**
     * A key for a new item after index {@code gapAfter} of {@code keys} (in order; -1 = before the first). Two
     * neighbours with the same key (two devices picked it at once) cannot take one between them: the new item
     * then goes right after that tie.
     */
    static String insertAfter(List<String> keys, int gapAfter) {
        String lower = gapAfter >= 0 ? keys.get(gapAfter) : null;
        String upper = null;
        for (int k = gapAfter + 1; k < keys.size(); k++) {
            if (lower == null || keys.get(k).compareTo(lower) > 0) {
                upper = keys.get(k);
                break;
            }
        }
        return PositionKey.between(lower, upper);
    }

    static String append(List<String> keys) {
        return insertAfter(keys, keys.size() - 1);
    }
}
