package app.spotter.client.exercises;

import app.spotter.catalog.CustomExercise;
import app.spotter.client.platform.Dom;
import app.spotter.client.templates.KindText;
import app.spotter.client.ui.Buttons;
import app.spotter.client.ui.Focus;
import app.spotter.workout.ExerciseKind;
import java.util.function.BiConsumer;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/** The form that adds a custom exercise: name, what it logs, muscle group and equipment. */
final class NewExerciseForm {
    private NewExerciseForm() {
    }

    /**
     * {@code draft}: what the boxes show (what the user typed, kept across redraws and when the server refused it);
     * {@code typed} receives each change of one field (its data-field and value), {@code add} runs on the button.
     */
    static HTMLElement render(CustomExercise draft, boolean busy, BiConsumer<String, String> typed, Runnable add) {
        HTMLElement group = Dom.el("fieldset", "settings-group");
        HTMLInputElement name = Dom.input("text", draft.name(), "custom.name");
        name.setAttribute("maxlength", "100");
        HTMLSelectElement kind = kindPicker();
        kind.setValue(draft.kind());
        HTMLInputElement muscle = Dom.input("text", draft.muscle(), "custom.muscle");
        HTMLInputElement equipment = Dom.input("text", draft.equipment(), "custom.equipment");
        // Field by field: a redraw while the user types (the list or catalog arriving) must not undo another box.
        for (HTMLInputElement box : new HTMLInputElement[] {name, muscle, equipment}) {
            Dom.onInput(box, () -> typed.accept(box.getAttribute("data-field"), box.getValue()));
            Focus.tag(box, box.getAttribute("data-field"));
        }
        Dom.onChange(kind, () -> typed.accept("custom.kind", kind.getValue()));
        Focus.tag(kind, "custom.kind");
        return Dom.append(group, Dom.text("legend", "section-title", "Add an exercise"),
                field("Name", name, "custom-name"), field("Logs", kind, "custom-kind"),
                field("Muscle group (optional)", muscle, "custom-muscle"),
                field("Equipment (optional)", equipment, "custom-equipment"),
                Buttons.disabledIf(busy, Buttons.styled("btn-primary", "Add exercise", "add-custom-exercise", add)));
    }

    /** The kinds as a select whose values are their wire names. */
    static HTMLSelectElement kindPicker() {
        HTMLSelectElement kind = (HTMLSelectElement) Dom.el("select", "field field-select");
        kind.setAttribute("data-field", "custom.kind");
        String[] values = KindText.kindValues();
        String[] labels = KindText.kindLabels();
        for (int i = 0; i < values.length; i++) {
            HTMLElement option = Dom.text("option", "", labels[i]);
            option.setAttribute("value", values[i]);
            Dom.append(kind, option);
        }
        kind.setValue(ExerciseKind.WEIGHT_REPS.wireName());
        return kind;
    }

    /** {@code draft} with the field a box of this form names ({@code custom.name}, ...) set to {@code value}. */
    static CustomExercise with(CustomExercise draft, String field, String value) {
        return new CustomExercise("", field.equals("custom.name") ? value : draft.name(),
                field.equals("custom.kind") ? value : draft.kind(), field.equals("custom.muscle") ? value
                : draft.muscle(), field.equals("custom.equipment") ? value : draft.equipment(), 0);
    }

    static String kindLabel(String wireName) {
        ExerciseKind kind = ExerciseKind.fromWire(wireName);
        return kind == null ? wireName : KindText.kindLabels()[kind.ordinal()];
    }

    private static HTMLElement field(String label, HTMLElement control, String id) {
        return Dom.append(Dom.el("div", "form-field"), Dom.labelFor(label, control, id), control);
    }
}
