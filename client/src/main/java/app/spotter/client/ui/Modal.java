package app.spotter.client.ui;

import app.spotter.client.platform.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/** An in-app dialog drawn over the screen (the {@code .modal} style of app.css), for questions that need an answer
 * before anything else happens, such as "Delete this template?". */
public final class Modal {
    private Modal() {
    }

    /** A dialog with a title, a sentence and its buttons (the safe choice first); append it to the view's root. */
    public static HTMLElement of(String title, String message, HTMLElement... buttons) {
        HTMLElement dialog = Dom.el("div", "modal");
        dialog.setAttribute("role", "dialog");
        dialog.setAttribute("aria-modal", "true");
        HTMLElement heading = Dom.text("h2", "modal-title", title);
        heading.setId("modal-title");
        dialog.setAttribute("aria-labelledby", "modal-title");
        HTMLElement actions = Dom.append(Dom.el("div", "modal-actions"), buttons);
        Dom.append(dialog, heading, Dom.text("p", "modal-message", message), actions);
        return Dom.append(Dom.el("div", "modal-backdrop"), dialog);
    }
}
