package app.spotter.plates;

import app.spotter.history.WeightUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A bar and the plates there are to load it with, in one unit (what the user sees; the model stores kilograms).
 * Plates are kept heaviest first, one entry per size.
 */
public record PlateSetup(WeightUnit unit, double barWeight, List<Plate> plates) {
    public PlateSetup {
        if (unit == null) {
            throw new IllegalArgumentException("a plate setup has a unit");
        }
        if (!(barWeight >= 0) || barWeight > 1000) {
            throw new IllegalArgumentException("the bar weighs 0 to 1000");
        }
        List<Plate> sorted = new ArrayList<>(plates);
        sorted.sort((a, b) -> Double.compare(b.weight(), a.weight()));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).weight() == sorted.get(i - 1).weight()) {
                throw new IllegalArgumentException("each plate size is listed once");
            }
        }
        plates = Collections.unmodifiableList(sorted);
    }

    /** What a commercial gym has: a 20 kg bar, 25 to 1.25 kg plates. */
    public static PlateSetup defaultKg() {
        return new PlateSetup(WeightUnit.KG, 20, List.of(new Plate(25, 4), new Plate(20, 2), new Plate(15, 2),
                new Plate(10, 2), new Plate(5, 2), new Plate(2.5, 2), new Plate(1.25, 2)));
    }

    /** The same in pounds: a 45 lb bar, 45 to 2.5 lb plates. */
    public static PlateSetup defaultLb() {
        return new PlateSetup(WeightUnit.LB, 45, List.of(new Plate(45, 4), new Plate(35, 2), new Plate(25, 2),
                new Plate(10, 2), new Plate(5, 2), new Plate(2.5, 2)));
    }

    public static PlateSetup defaultFor(WeightUnit unit) {
        return unit == WeightUnit.LB ? defaultLb() : defaultKg();
    }
}
