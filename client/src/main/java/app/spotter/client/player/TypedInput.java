package app.spotter.client.player;

import app.spotter.client.platform.Dom;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;

/**
 * The field the user is in when the player redraws (another device's change, a sync answer): found by its
 * {@code data-field} before the swap and put back after it, with what was typed and not yet committed, and the
 * focus. A value counts as typed when it differs from the one drawn ({@code data-drawn}, set by Dom.input).
 */
final class TypedInput {
    private final String field;
    private final String typed;

    private TypedInput(String field, String typed) {
        this.field = field;
        this.typed = typed;
    }

    /** The focused field inside {@code root}, or null when the focus is elsewhere. */
    static TypedInput find(HTMLElement root) {
        HTMLElement focused = HTMLDocument.current().getActiveElement();
        if (focused == null || !focused.hasAttribute("data-field") || !Dom.isInside(focused, root)) {
            return null;
        }
        String value = valueOf(focused);
        if (value == null) {
            return null;
        }
        String drawn = focused.getAttribute("data-drawn");
        return new TypedInput(focused.getAttribute("data-field"), value.equals(drawn) ? null : value);
    }

    /** Focuses the same field in the new screen, with the typed value when there was one. */
    void restoreInto(HTMLElement root) {
        HTMLElement same = root.querySelector("[data-field=\"" + field.replace("\"", "") + "\"]");
        if (same == null) {
            return;
        }
        if (typed != null) {
            // Not equalsIgnoreCase: in the browser it pulls in Character's case tables (1.3 KB gzipped).
            if (same.getTagName().toLowerCase().equals("textarea")) {
                ((HTMLTextAreaElement) same).setValue(typed);
            } else {
                ((HTMLInputElement) same).setValue(typed);
            }
        }
        same.focus();
    }

    private static String valueOf(HTMLElement element) {
        String tag = element.getTagName().toLowerCase();
        if (tag.equals("input")) {
            return ((HTMLInputElement) element).getValue();
        }
        return tag.equals("textarea") ? ((HTMLTextAreaElement) element).getValue() : null;
    }
}
