package app.spotter.client.templates;

import app.spotter.templates.SetTarget;

/** One planned set as typed: reps and weight (kg) are kept as text until the template is saved. */
final class SetDraft {
    static final String NEW_REPS = "10";
    static final String NEW_WEIGHT = "0";

    String reps;
    String weight;

    SetDraft(String reps, String weight) {
        this.reps = reps;
        this.weight = weight;
    }

    static SetDraft blank() {
        return new SetDraft(NEW_REPS, NEW_WEIGHT);
    }

    static SetDraft of(SetTarget set) {
        return new SetDraft(Integer.toString(set.reps()), NumberText.decimalText(set.weight()));
    }

    SetDraft copy() {
        return new SetDraft(reps, weight);
    }
}
