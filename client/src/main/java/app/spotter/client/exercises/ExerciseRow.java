package app.spotter.client.exercises;

import app.spotter.catalog.CatalogExercise;
import app.spotter.catalog.CustomExercise;
import app.spotter.catalog.ExerciseCatalog;
import app.spotter.client.platform.Dom;
import app.spotter.client.ui.Buttons;
import app.spotter.client.ui.Focus;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/** One custom exercise on the Exercises screen: its name and kind, a rename box, and merge into another. */
final class ExerciseRow {
    /** What the row's buttons do. */
    interface Actions {
        /** Renames to what was typed in its box. */
        void rename(CustomExercise exercise);

        void merge(CustomExercise exercise, String intoId);

        void typing(CustomExercise exercise, String newName);
    }

    private ExerciseRow() {
    }

    /** {@code targets}: what it can be merged into (catalog and custom), or null while the catalog is loading. */
    /** {@code typedName}: what the rename box shows (the user's typing survives a redraw); {@code typing} gets it. */
    static HTMLElement render(CustomExercise exercise, int index, String typedName, ExerciseCatalog targets,
                              boolean busy, Actions actions) {
        HTMLElement row = Dom.el("li", "custom-exercise");
        row.setAttribute("data-exercise", exercise.name());
        String details = NewExerciseForm.kindLabel(exercise.kind())
                + (exercise.muscle().isEmpty() ? "" : " \u00b7 " + exercise.muscle())
                + (exercise.equipment().isEmpty() ? "" : " \u00b7 " + exercise.equipment());
        HTMLInputElement name = Dom.input("text", typedName, "custom[" + index + "].name");
        name.setAttribute("maxlength", "100");
        Focus.tag(name, "custom-name:" + exercise.id());
        Dom.onInput(name, () -> actions.typing(exercise, name.getValue()));
        Dom.append(row, Dom.text("h2", "custom-exercise-name", exercise.name()), Dom.text("p", "muted", details),
                Dom.append(Dom.el("div", "form-field"), Dom.labelFor("New name", name, "custom-name-" + index), name),
                Buttons.disabledIf(busy, Buttons.named("btn-quiet", "Rename", "Rename " + exercise.name(),
                        "rename-custom", () -> actions.rename(exercise))));
        if (targets != null) {
            HTMLSelectElement into = (HTMLSelectElement) Dom.el("select", "field field-select");
            into.setAttribute("data-field", "custom[" + index + "].into");
            for (CatalogExercise target : targets.all()) {
                if (!target.id().equals(exercise.id())) {
                    HTMLElement option = Dom.text("option", "", target.name());
                    option.setAttribute("value", target.id());
                    Dom.append(into, option);
                }
            }
            Dom.append(row, Dom.append(Dom.el("div", "form-field"),
                            Dom.labelFor("Merge into", into, "custom-into-" + index), into),
                    Buttons.disabledIf(busy, Buttons.named("btn-quiet", "Merge", "Merge " + exercise.name(),
                            "merge-custom", () -> actions.merge(exercise, into.getValue()))));
        }
        return row;
    }
}
