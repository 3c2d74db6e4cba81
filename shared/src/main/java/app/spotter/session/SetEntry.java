package app.spotter.session;

/** One set as performed: its targets, the actual reps and weight (kg), whether it is done, and when it last
 * changed (device clock, epoch ms; 0 = never touched), which lets two copies of a session merge set by set. */
public record SetEntry(int targetReps, double targetWeight, int reps, double weight, boolean done, long changedAt) {

    static SetEntry planned(int targetReps, double targetWeight) {
        return new SetEntry(targetReps, targetWeight, targetReps, targetWeight, false, 0);
    }

    SetEntry withDone(boolean nowDone, long now) {
        return new SetEntry(targetReps, targetWeight, reps, weight, nowDone, now);
    }

    SetEntry withActual(int newReps, double newWeight, long now) {
        return new SetEntry(targetReps, targetWeight, newReps, newWeight, done, now);
    }

    /** Volume counted in the summary: reps x weight of a done set. */
    public double volumeKg() {
        return done ? reps * weight : 0;
    }
}
