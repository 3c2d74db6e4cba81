package app.spotter.workout;

import static app.spotter.json.JsonFields.at;

import app.spotter.validation.Checks;
import app.spotter.validation.FieldError;
import app.spotter.validation.FieldPath;
import app.spotter.validation.Limits;
import java.util.ArrayList;
import java.util.List;

/** Checks a template (v2) against the shared limits: names, counts, rest, notes, superset groups, targets. */
public final class TemplateValidatorV2 {
    private TemplateValidatorV2() {
    }

    public static List<FieldError> validate(Template template) {
        return validate(template, "");
    }

    static List<FieldError> validate(Template template, String path) {
        List<FieldError> errors = new ArrayList<>();
        Checks.name(template.name(), at(path, "name"), errors);
        Checks.note(template.note(), at(path, "note"), errors);
        Checks.count(template.exercises().size(), Limits.EXERCISES_MIN, Limits.EXERCISES_MAX, "exercise(s)",
                at(path, "exercises"), errors);
        for (int i = 0; i < template.exercises().size(); i++) {
            TemplateExercise e = template.exercises().get(i);
            String exPath = FieldPath.index(at(path, FieldPath.EXERCISES), i);
            Checks.name(e.name(), exPath + ".name", errors);
            Checks.rest(e.restSeconds(), exPath + ".restSeconds", errors);
            Checks.restWindow(e.restSeconds(), e.restMaxSeconds(), exPath + ".restMaxSeconds", errors);
            Checks.note(e.note(), exPath + ".note", errors);
            if (!e.supersetGroup().isEmpty() && !Checks.isItemId(e.supersetGroup())) {
                errors.add(new FieldError(exPath + ".supersetGroup", "supersetGroup must be empty or an id"));
            }
            Checks.count(e.sets().size(), Limits.SETS_MIN, Limits.SETS_MAX, "set(s)", exPath + ".sets", errors);
            for (int j = 0; j < e.sets().size(); j++) {
                SetRules.targets(e.sets().get(j).targets(), e.kind(), FieldPath.index(exPath + ".sets", j) + ".targets",
                        errors);
            }
        }
        return errors;
    }
}
