package app.spotter.client.player;

import app.spotter.catalog.CatalogExercise;
import app.spotter.catalog.ExerciseCatalog;
import app.spotter.client.catalog.ExerciseMatches;
import app.spotter.client.platform.Dom;
import app.spotter.client.ui.Buttons;
import app.spotter.validation.FieldError;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.WorkoutExercise;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The form that adds an exercise (by name, with its kind) or replaces one (keeping its sets). A name the catalog
 * knows sets the kind it takes; the user can still change it.
 */
final class ExerciseForm {
    private static final String[] KIND_LABELS = {"Weight \u00d7 reps", "Bodyweight reps (+ added weight)",
        "Assisted reps", "Reps only", "Duration (a hold)", "Distance and duration", "Weight and duration (a carry)"};

    private ExerciseForm() {
    }

    static String kindLabel(ExerciseKind kind) {
        return KIND_LABELS[kind.ordinal()];
    }

    /** {@code replacing} is the exercise being replaced, or null when adding. */
    static HTMLElement render(WorkoutExercise replacing, ExerciseCatalog catalog, FieldError error,
                              WorkoutEdits edits) {
        HTMLElement form = Dom.el("div", "exercise-form");
        form.setAttribute("role", "group");
        String title = replacing == null ? "Add an exercise" : "Replace " + replacing.nameValue();
        form.setAttribute("aria-label", title);
        HTMLInputElement name = Dom.input("text", "", "new-exercise.name");
        name.setClassName("field exercise-form-name");
        name.setAttribute("maxlength", "100");
        name.setAttribute("autocomplete", "off");
        HTMLSelectElement kind = (HTMLSelectElement) Dom.el("select", "field exercise-form-kind");
        kind.setAttribute("data-field", "new-exercise.kind");
        for (ExerciseKind k : ExerciseKind.values()) {
            HTMLElement option = Dom.text("option", "", kindLabel(k));
            option.setAttribute("value", k.wireName());
            Dom.append(kind, option);
        }
        kind.setValue((replacing == null ? ExerciseKind.WEIGHT_REPS : replacing.kind()).wireName());
        Dom.append(form, Dom.text("h2", "exercise-form-title", title),
                Dom.labelFor("Exercise name", name, "new-exercise-name"), name);
        if (catalog != null) {
            name.setAttribute("list", "exercise-names");
            HTMLElement names = Dom.el("datalist", "");
            names.setId("exercise-names");
            for (CatalogExercise known : catalog.all()) {
                HTMLElement option = Dom.el("option", "");
                option.setAttribute("value", known.name());
                Dom.append(names, option);
            }
            Dom.append(form, names, ExerciseMatches.under(name, catalog, known -> {
                name.setValue(known.name());
                kind.setValue(known.kind());
                name.focus();
            }));
            Dom.onInput(name, () -> {
                CatalogExercise known = catalog.match(name.getValue());
                if (known != null) {
                    kind.setValue(known.kind());
                }
            });
        }
        Dom.append(form, Dom.labelFor("Kind", kind, "new-exercise-kind"), kind);
        if (error != null) {
            HTMLElement alert = Dom.text("p", "field-error", error.message());
            alert.setAttribute("role", "alert");
            Dom.append(form, alert);
        }
        Runnable submit = () -> {
            ExerciseKind chosen = ExerciseKind.fromWire(kind.getValue());
            if (replacing == null) {
                edits.addExercise(name.getValue(), chosen);
            } else {
                edits.replaceExercise(replacing.id(), name.getValue(), chosen);
            }
        };
        HTMLElement actions = Dom.append(Dom.el("div", "exercise-form-actions"),
                Buttons.styled("btn-primary", replacing == null ? "Add exercise" : "Replace", replacing == null
                        ? "confirm-add-exercise" : "confirm-replace-exercise", submit),
                Dom.button("Cancel", "cancel-exercise-form", edits::closePicker));
        return Dom.append(form, actions);
    }
}
