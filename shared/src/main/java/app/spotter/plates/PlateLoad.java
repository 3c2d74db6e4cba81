package app.spotter.plates;

import java.util.List;

/**
 * How to load the bar for a wanted weight: the plates on each side, heaviest first, and the total that makes.
 * {@code exact} is false when the wanted weight cannot be loaded; {@code total} is then the heaviest loadable
 * weight below it (the bar alone when the wanted weight is below the bar).
 */
public record PlateLoad(List<Double> perSide, double total, boolean exact) {
    public PlateLoad {
        perSide = List.copyOf(perSide);
    }
}
