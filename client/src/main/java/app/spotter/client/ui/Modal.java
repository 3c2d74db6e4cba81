package app.spotter.client.ui;

import app.spotter.client.platform.Dom;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;

/**
 * The app's one dialog kit (the {@code .modal} style of app.css), for questions that need an answer before
 * anything else happens, such as "Delete this template?". Use:
 * <pre>
 *   opener.remember();                                  // in the click handler that asks (a {@link FocusReturn})
 *   HTMLElement dialog = Modal.of(title, text, this::cancel, keepButton, dangerButton);
 *   Modal.show(root, dialog);                           // in draw(), while the question is open
 *   opener.giveBack();                                  // after the draw that closed it
 * </pre>
 * The dialog keeps the keyboard inside (Tab and Shift+Tab cycle through its buttons, a click on the backdrop does
 * not take focus out), and Escape runs {@code onDismiss}, the same as the safe choice.
 */
public final class Modal {
    private static final String FOCUSABLE = "button:not([disabled]), input:not([disabled]), select:not([disabled]),"
            + " textarea:not([disabled]), a[href], [tabindex]:not([tabindex='-1'])";
    private static int count;

    private Modal() {
    }

    /** A dialog with a title, a sentence and its buttons, the safe choice first. */
    public static HTMLElement of(String title, String message, Runnable onDismiss, HTMLElement... buttons) {
        return ofKind("", title, message, onDismiss, buttons);
    }

    /**
     * The same with classes of its own on the dialog: {@code kind} names it for styles and tests (e.g.
     * {@code "modal-stacked finish-modal"}; {@code modal-stacked} puts the choices under each other, full width).
     */
    public static HTMLElement ofKind(String kind, String title, String message, Runnable onDismiss,
            HTMLElement... buttons) {
        HTMLElement dialog = Dom.el("div", kind.isEmpty() ? "modal" : "modal " + kind);
        String titleId = "modal-title-" + (++count);
        dialog.setAttribute("role", "dialog");
        dialog.setAttribute("aria-modal", "true");
        dialog.setAttribute("aria-labelledby", titleId);
        dialog.setAttribute("tabindex", "-1");
        HTMLElement heading = Dom.text("h2", "modal-title", title);
        heading.setId(titleId);
        HTMLElement actions = Dom.append(Dom.el("div", "modal-actions"), buttons);
        Dom.append(dialog, heading, Dom.text("p", "modal-message", message), actions);
        HTMLElement backdrop = Dom.append(Dom.el("div", "modal-backdrop"), dialog);
        backdrop.addEventListener("keydown", event -> {
            KeyboardEvent key = (KeyboardEvent) event;
            if ("Escape".equals(key.getKey())) {
                event.preventDefault();
                event.stopPropagation();
                onDismiss.run();
            } else if ("Tab".equals(key.getKey()) && cycle(dialog, key.isShiftKey())) {
                event.preventDefault();
            }
        });
        backdrop.addEventListener("mousedown", event -> {
            if (Dom.isSame(event.getTarget(), backdrop)) {
                event.preventDefault();
            }
        });
        return backdrop;
    }

    /** Appends the dialog to the view's root and puts the keyboard in it. */
    public static void show(HTMLElement root, HTMLElement modal) {
        Dom.append(root, modal);
        focusFirstButton(modal);
    }

    /** Puts the keyboard on the dialog's first (safe) enabled button, so Enter never confirms by accident; on the
     * dialog itself when every button is disabled (while the choice is being carried out). */
    public static void focusFirstButton(HTMLElement modal) {
        HTMLElement button = modal.querySelector(".modal-actions button:not([disabled])");
        if (button != null) {
            button.focus();
        } else {
            HTMLElement dialog = modal.querySelector(".modal");
            (dialog == null ? modal : dialog).focus();
        }
    }

    /** Moves focus round from the last control to the first (or back from the first); true when it did. */
    private static boolean cycle(HTMLElement dialog, boolean backwards) {
        NodeList<? extends HTMLElement> controls = dialog.querySelectorAll(FOCUSABLE);
        if (controls.getLength() == 0) {
            dialog.focus();
            return true;
        }
        HTMLElement first = controls.get(0);
        HTMLElement last = controls.get(controls.getLength() - 1);
        HTMLElement active = HTMLDocument.current().getActiveElement();
        boolean inside = Dom.isInside(active, dialog);
        if (backwards && (active == first || active == dialog || !inside)) {
            last.focus();
            return true;
        }
        if (!backwards && (active == last || !inside)) {
            first.focus();
            return true;
        }
        return false;
    }
}
