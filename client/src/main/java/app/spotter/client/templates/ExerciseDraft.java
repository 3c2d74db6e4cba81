package app.spotter.client.templates;

import app.spotter.templates.ExercisePlan;
import app.spotter.templates.SetTarget;
import java.util.ArrayList;
import java.util.List;

/** One exercise of the template being edited: its name, rest (seconds, as typed) and sets. */
final class ExerciseDraft {
    static final String NEW_REST = "90";

    String name;
    String rest;
    final List<SetDraft> sets = new ArrayList<>();

    ExerciseDraft(String name, String rest) {
        this.name = name;
        this.rest = rest;
    }

    static ExerciseDraft blank() {
        ExerciseDraft exercise = new ExerciseDraft("", NEW_REST);
        exercise.sets.add(SetDraft.blank());
        return exercise;
    }

    static ExerciseDraft of(ExercisePlan plan) {
        ExerciseDraft exercise = new ExerciseDraft(plan.name(), Integer.toString(plan.restSeconds()));
        for (SetTarget set : plan.sets()) {
            exercise.sets.add(SetDraft.of(set));
        }
        return exercise;
    }
}
