package app.spotter.history;

/** Estimated one-rep max by the Epley formula: weight x (1 + reps / 30); a single is its own max. */
public final class Epley {
    private Epley() {
    }

    public static double oneRepMax(int reps, double weight) {
        if (reps <= 0 || weight <= 0) {
            return 0;
        }
        return reps == 1 ? weight : weight * (1 + reps / 30.0);
    }
}
