package app.spotter.plates;

import java.util.ArrayList;
import java.util.List;

/**
 * Warm-up sets before a working weight: the empty bar for 10, then 40 % for 5, 60 % for 3 and 80 % for 2, each
 * rounded to the nearest weight the plates can make. A step that rounds to the weight of the step before, or up to
 * the working weight, is left out, so a light working weight gets fewer warm-ups rather than repeats.
 */
public final class WarmUps {
    private static final int[] PERCENT = {40, 60, 80};
    private static final int[] REPS = {5, 3, 2};
    private static final int BAR_REPS = 10;

    private WarmUps() {
    }

    /** The proposal for {@code workWeight} (same unit as the setup); empty when it is no heavier than the bar. */
    public static List<WarmUpSet> propose(double workWeight, PlateCalculator plates) {
        List<WarmUpSet> sets = new ArrayList<>();
        double bar = plates.setup().barWeight();
        int work = PlateCalculator.hundredths(workWeight);
        if (work <= PlateCalculator.hundredths(bar)) {
            return sets;
        }
        sets.add(new WarmUpSet(bar, BAR_REPS));
        int last = PlateCalculator.hundredths(bar);
        for (int i = 0; i < PERCENT.length; i++) {
            double weight = plates.nearest(workWeight * PERCENT[i] / 100.0);
            int w = PlateCalculator.hundredths(weight);
            if (w > last && w < work) {
                sets.add(new WarmUpSet(weight, REPS[i]));
                last = w;
            }
        }
        return sets;
    }
}
