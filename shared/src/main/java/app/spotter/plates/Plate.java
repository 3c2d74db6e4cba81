package app.spotter.plates;

/** One size of plate in the user's inventory and how many pairs of it they have (one plate of a pair per side). */
public record Plate(double weight, int pairs) {
    public Plate {
        if (!(weight > 0) || weight > 1000) {
            throw new IllegalArgumentException("a plate weighs more than 0 and at most 1000");
        }
        if (pairs < 0 || pairs > 50) {
            throw new IllegalArgumentException("pairs of a plate are 0 to 50");
        }
    }
}
