package app.spotter.client.player;

import app.spotter.client.platform.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/** The in-app dialogs of the player (never window.confirm): a backdrop holding one titled dialog. */
final class Modals {
    private Modals() {
    }

    /** A dialog with the class {@code kind}, a title, a line of text and its buttons, inside its backdrop. */
    static HTMLElement dialog(String kind, String title, String text, HTMLElement... buttons) {
        HTMLElement backdrop = Dom.el("div", "modal-backdrop player-backdrop");
        HTMLElement dialog = Dom.el("div", "modal player-modal " + kind);
        dialog.setAttribute("role", "dialog");
        dialog.setAttribute("aria-modal", "true");
        dialog.setAttribute("aria-label", title);
        HTMLElement actions = Dom.el("div", "modal-actions");
        Dom.append(actions, buttons);
        Dom.append(dialog, Dom.text("h2", "modal-title", title), Dom.text("p", "modal-message", text), actions);
        return Dom.append(backdrop, dialog);
    }

    /** A button styled as the main choice or a quieter one. */
    static HTMLElement button(String label, String action, boolean primary, Runnable onClick) {
        HTMLElement button = Dom.button(label, action, onClick);
        button.setClassName(primary ? "btn btn-primary" : "btn btn-secondary");
        return button;
    }

    /** A button for a choice that throws work away. */
    static HTMLElement danger(String label, String action, Runnable onClick) {
        HTMLElement button = Dom.button(label, action, onClick);
        button.setClassName("btn btn-danger");
        return button;
    }

    /** Puts the keyboard focus on the dialog's first choice (the safe one), so Enter never throws work away. */
    static void focusFirstChoice(HTMLElement dialog) {
        HTMLElement first = dialog.querySelector(".modal-actions .btn");
        if (first != null) {
            first.focus();
        }
    }
}
