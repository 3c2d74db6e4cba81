package app.spotter.client.exercises;

import app.spotter.catalog.CatalogExercise;
import app.spotter.catalog.CustomExercise;
import app.spotter.catalog.ExerciseCatalog;
import app.spotter.client.platform.Dom;
import app.spotter.client.ui.Buttons;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/** One custom exercise on the Exercises screen: its name and kind, a rename box, and merge into another. */
final class ExerciseRow {
    /** What the row's buttons do. */
    interface Actions {
        void rename(CustomExercise exercise, String newName);

        void merge(CustomExercise exercise, String intoId);
    }

    private ExerciseRow() {
    }

    /** {@code targets}: what it can be merged into (catalog and custom), or null while the catalog is loading. */
    static HTMLElement render(CustomExercise exercise, int index, ExerciseCatalog targets, boolean busy,
                              Actions actions) {
        HTMLElement row = Dom.el("li", "custom-exercise");
        row.setAttribute("data-exercise", exercise.name());
        String details = NewExerciseForm.kindLabel(exercise.kind())
                + (exercise.muscle().isEmpty() ? "" : " \u00b7 " + exercise.muscle())
                + (exercise.equipment().isEmpty() ? "" : " \u00b7 " + exercise.equipment());
        HTMLInputElement name = Dom.input("text", exercise.name(), "custom[" + index + "].name");
        name.setAttribute("maxlength", "100");
        Dom.append(row, Dom.text("h3", "custom-exercise-name", exercise.name()), Dom.text("p", "muted", details),
                Dom.append(Dom.el("div", "form-field"), Dom.labelFor("New name", name, "custom-name-" + index), name),
                Buttons.disabledIf(busy, Buttons.named("btn-quiet", "Rename", "Rename " + exercise.name(),
                        "rename-custom", () -> actions.rename(exercise, name.getValue()))));
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
