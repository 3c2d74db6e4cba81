package app.spotter.client.ui;

import app.spotter.client.platform.Dom;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;

/** An in-app dialog drawn over the screen (the {@code .modal} style of app.css), for questions that need an answer
 * before anything else happens, such as "Delete this template?". */
public final class Modal {
    private Modal() {
    }

    /**
     * A dialog with a title, a sentence and its buttons, the safe choice first; append it to the view's root and
     * then call {@link #focusFirstButton}. Escape runs {@code onDismiss}, as the safe choice should.
     */
    public static HTMLElement of(String title, String message, Runnable onDismiss, HTMLElement... buttons) {
        HTMLElement dialog = Dom.el("div", "modal");
        dialog.setAttribute("role", "dialog");
        dialog.setAttribute("aria-modal", "true");
        dialog.setAttribute("aria-labelledby", "modal-title");
        HTMLElement heading = Dom.text("h2", "modal-title", title);
        heading.setId("modal-title");
        HTMLElement actions = Dom.append(Dom.el("div", "modal-actions"), buttons);
        Dom.append(dialog, heading, Dom.text("p", "modal-message", message), actions);
        HTMLElement backdrop = Dom.append(Dom.el("div", "modal-backdrop"), dialog);
        backdrop.addEventListener("keydown", event -> {
            if ("Escape".equals(((KeyboardEvent) event).getKey())) {
                onDismiss.run();
            }
        });
        return backdrop;
    }

    /** Puts the keyboard on the dialog's first (safe) button, so Enter never confirms by accident. */
    public static void focusFirstButton(HTMLElement modal) {
        HTMLElement button = modal.querySelector(".modal-actions button");
        if (button != null) {
            button.focus();
        }
    }
}
