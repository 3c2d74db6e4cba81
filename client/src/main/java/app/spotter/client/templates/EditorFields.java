package app.spotter.client.templates;

import app.spotter.client.platform.Dom;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;

/**
 * The input boxes and error messages of one drawing of the editor, found again by field path: typing updates
 * the {@link TemplateForm} and then only the messages, never the box being typed into.
 */
final class EditorFields {
    private final Map<String, HTMLElement> inputs = new HashMap<>();
    private final Map<String, HTMLElement> errorSlots = new HashMap<>();
    private TemplateForm form;
    private HTMLElement problemBanner;
    private HTMLElement summary;

    /** Forgets the boxes of the last drawing; the next one is about {@code current}. */
    void reset(TemplateForm current) {
        form = current;
        inputs.clear();
        errorSlots.clear();
        problemBanner = null;
        summary = null;
    }

    HTMLInputElement text(String field, String value, Consumer<String> onEdit) {
        HTMLInputElement input = Dom.input("text", value, field);
        input.setAttribute("autocomplete", "off");
        input.setAttribute("id", "field-" + field);
        Dom.onInput(input, () -> {
            onEdit.accept(input.getValue());
            showErrors(null);
        });
        inputs.put(field, input);
        return input;
    }

    /** A box for a longer free text (a note); like {@link #text}, typing never redraws it. */
    HTMLTextAreaElement textArea(String field, String value, Consumer<String> onEdit) {
        HTMLTextAreaElement area = (HTMLTextAreaElement) Dom.el("textarea", "field field-note");
        area.setValue(value);
        area.setAttribute("data-field", field);
        area.setAttribute("name", field);
        area.setAttribute("id", "field-" + field);
        area.setAttribute("rows", "2");
        area.setAttribute("maxlength", "1000");
        Dom.onInput(area, () -> {
            onEdit.accept(area.getValue());
            showErrors(null);
        });
        inputs.put(field, area);
        return area;
    }

    /** A drop-down of {@code values} shown as {@code labels}; a choice calls {@code onChoice} with its value. */
    HTMLSelectElement select(String field, String[] values, String[] labels, String value,
                             Consumer<String> onChoice) {
        HTMLSelectElement select = (HTMLSelectElement) Dom.el("select", "field field-select");
        select.setAttribute("data-field", field);
        select.setAttribute("name", field);
        select.setAttribute("id", "field-" + field);
        for (int i = 0; i < values.length; i++) {
            HTMLElement option = Dom.text("option", "", labels[i]);
            option.setAttribute("value", values[i]);
            Dom.append(select, option);
        }
        select.setValue(value);
        Dom.onChange(select, () -> onChoice.accept(select.getValue()));
        inputs.put(field, select);
        return select;
    }

    /** A tick box with its label beside it; {@code onTick} gets whether it is ticked. */
    HTMLElement checkbox(String field, boolean checked, String label, Consumer<Boolean> onTick) {
        HTMLInputElement box = Dom.input("checkbox", "", field);
        box.setAttribute("id", "field-" + field);
        box.setChecked(checked);
        Dom.onChange(box, () -> onTick.accept(box.isChecked()));
        inputs.put(field, box);
        HTMLElement labelElement = Dom.text("label", "field-check-label", label);
        labelElement.setAttribute("for", "field-" + field);
        return Dom.append(Dom.el("div", "form-field form-check"), box, labelElement);
    }

    /** A box for a number, typed as text so "62,5" survives; {@code inputMode} picks the phone's keypad. */
    HTMLInputElement number(String field, String value, String inputMode, Consumer<String> onEdit) {
        HTMLInputElement input = text(field, value, onEdit);
        input.setAttribute("inputmode", inputMode);
        input.getClassList().add("field-number");
        return input;
    }

    HTMLElement labelled(String label, HTMLElement input, String className) {
        HTMLElement labelElement = Dom.text("label", "field-label", label);
        labelElement.setAttribute("for", input.getAttribute("id"));
        String field = input.getAttribute("data-field");
        return Dom.append(Dom.el("div", ("form-field " + className).trim()), labelElement, input, errorSlot(field));
    }

    /** The place where the message for {@code field} shows; empty (and hidden by CSS) while the field is fine. */
    HTMLElement errorSlot(String field) {
        HTMLElement slot = Dom.el("p", "field-error");
        slot.setAttribute("data-error-for", field);
        slot.setAttribute("id", "error-" + field);
        slot.setAttribute("aria-live", "polite");
        errorSlots.put(field, slot);
        return slot;
    }

    HTMLElement problemBanner() {
        problemBanner = Dom.el("p", "banner banner-error");
        problemBanner.setAttribute("role", "alert");
        return problemBanner;
    }

    /** A line by the Save button, which may be all a phone shows when a field further up is wrong. */
    HTMLElement summary() {
        summary = Dom.el("p", "form-summary");
        return summary;
    }

    /** Writes every field's message (and {@code problem}, unless null: keep the one shown) into this drawing. */
    void showErrors(String problem) {
        for (Map.Entry<String, HTMLElement> slot : errorSlots.entrySet()) {
            slot.getValue().setTextContent(form.errorFor(slot.getKey()));
        }
        for (Map.Entry<String, HTMLElement> input : inputs.entrySet()) {
            boolean wrong = !form.errorFor(input.getKey()).isEmpty();
            input.getValue().setAttribute("aria-invalid", wrong ? "true" : "false");
            input.getValue().setAttribute("aria-describedby", "error-" + input.getKey());
        }
        if (problem != null && problemBanner != null) {
            problemBanner.setTextContent(problem);
        }
        if (summary != null) {
            int count = form.errors().size();
            summary.setTextContent(count == 0 ? "" : count == 1 ? "Fix the marked field to save."
                    : "Fix the " + count + " marked fields to save.");
        }
    }

    /** Moves the keyboard to the field the form asks for, if any (when {@code editing}). */
    void focus(boolean editing) {
        String field = form.takeFocus();
        if (!editing || field.isEmpty()) {
            return;
        }
        HTMLElement input = inputs.get(field);
        if (input != null) {
            input.focus();
        } else if (errorSlots.containsKey(field)) {
            errorSlots.get(field).scrollIntoView();
        }
    }
}
