package app.spotter.plates;

import java.util.ArrayList;
import java.util.List;

/**
 * Which plates go on each side of the bar for a weight. Works in hundredths of the unit as whole numbers, so
 * 1.25 + 1.25 is exactly 2.5. Tries the heaviest plates first, the way a lifter loads a bar, and backs off a plate
 * when the rest cannot make up the difference (e.g. 2 x 15 instead of 20 + nothing when there is no 10).
 */
public final class PlateCalculator {
    private final PlateSetup setup;
    private final int[] sizes;
    private final int[] pairs;

    public PlateCalculator(PlateSetup setup) {
        this.setup = setup;
        int n = setup.plates().size();
        sizes = new int[n];
        pairs = new int[n];
        for (int i = 0; i < n; i++) {
            sizes[i] = hundredths(setup.plates().get(i).weight());
            pairs[i] = setup.plates().get(i).pairs();
        }
    }

    /** The plates per side for {@code wanted} (a total including the bar), or the heaviest loadable weight below. */
    public PlateLoad load(double wanted) {
        int bar = hundredths(setup.barWeight());
        int want = hundredths(wanted);
        if (want <= bar) {
            return new PlateLoad(List.of(), setup.barWeight(), want == bar);
        }
        Search search = new Search((want - bar) / 2);
        search.run(0, 0, new int[sizes.length]);
        List<Double> perSide = new ArrayList<>();
        int side = 0;
        for (int i = 0; i < sizes.length; i++) {
            for (int k = 0; k < search.best[i]; k++) {
                perSide.add(sizes[i] / 100.0);
                side += sizes[i];
            }
        }
        int total = bar + 2 * side;
        return new PlateLoad(perSide, total / 100.0, total == want);
    }

    /** The loadable weight nearest to {@code wanted} (the lighter one on a tie), never below the bar. */
    public double nearest(double wanted) {
        PlateLoad below = load(wanted);
        if (below.exact()) {
            return below.total();
        }
        int step = sizes.length == 0 ? 0 : 2 * sizes[sizes.length - 1];
        if (step == 0 || hundredths(wanted) <= hundredths(setup.barWeight())) {
            return below.total();
        }
        PlateLoad above = load((hundredths(below.total()) + step) / 100.0);
        boolean aboveCloser = hundredths(above.total()) > hundredths(wanted)
                && hundredths(above.total()) - hundredths(wanted) < hundredths(wanted) - hundredths(below.total());
        return aboveCloser ? above.total() : below.total();
    }

    public PlateSetup setup() {
        return setup;
    }

    static int hundredths(double value) {
        return (int) Math.round(value * 100);
    }

    /** Depth-first over plate sizes, heaviest first and most of each first; keeps the heaviest side not over. */
    private final class Search {
        private final int target;
        private int bestSide = -1;
        private int[] best = new int[sizes.length];

        Search(int target) {
            this.target = target;
        }

        void run(int index, int side, int[] counts) {
            if (side > bestSide) {
                bestSide = side;
                best = counts.clone();
            }
            if (bestSide == target || index == sizes.length) {
                return;
            }
            int most = Math.min(pairs[index], (target - side) / sizes[index]);
            for (int k = most; k >= 0 && bestSide != target; k--) {
                counts[index] = k;
                run(index + 1, side + k * sizes[index], counts);
            }
            counts[index] = 0;
        }
    }
}
