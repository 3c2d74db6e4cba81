package app.spotter.client.player;

import app.spotter.workout.Workout;

/**
 * What Finish asks before it logs (session model 2): nothing when every set is done; "3 of 12 sets not done"
 * with Finish anyway / Keep going when some are left; and, with no set done at all, a refusal that offers Discard.
 */
record FinishCheck(Outcome outcome, String message) {
    /** What Finish does. */
    enum Outcome { FINISH, CONFIRM, REFUSE }

    static FinishCheck of(Workout workout) {
        int done = workout.setsDone();
        int planned = workout.setsPlanned();
        if (done == 0) {
            return new FinishCheck(Outcome.REFUSE, "No set is done yet, so there is nothing to log. Keep going, or "
                    + "discard this workout.");
        }
        if (done < planned) {
            int left = planned - done;
            return new FinishCheck(Outcome.CONFIRM, left + " of " + planned + (planned == 1 ? " set" : " sets")
                    + " not done");
        }
        return new FinishCheck(Outcome.FINISH, "");
    }
}
