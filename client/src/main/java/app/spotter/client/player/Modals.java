package app.spotter.client.player;

import app.spotter.client.platform.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The player's buttons: a main choice, a quieter one, or one that throws work away. Its dialogs are
 * {@link app.spotter.client.ui.Modal}s like every other screen's.
 */
final class Modals {
    private Modals() {
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
}
