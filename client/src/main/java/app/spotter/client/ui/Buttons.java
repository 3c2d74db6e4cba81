package app.spotter.client.ui;

import app.spotter.client.platform.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/** Buttons in the looks of app.css: {@code btn-primary}, {@code btn-danger}, {@code btn-quiet} and so on. */
public final class Buttons {
    private Buttons() {
    }

    /**
     * A {@link Dom#button} with one more style class, e.g. {@code "btn-primary"} for the main choice or
     * {@code "btn-danger"} for one that throws work away; {@code "btn"} keeps the plain look.
     */
    public static HTMLElement styled(String style, String label, String action, Runnable onClick) {
        HTMLElement button = Dom.button(label, action, onClick);
        button.getClassList().add(style);
        return button;
    }

    /**
     * A button whose visible label is short ("Edit") and whose accessible name says what it acts on
     * ("Edit Push day"); the name starts with the label, so speech control by the visible word still works.
     */
    public static HTMLElement named(String style, String label, String name, String action, Runnable onClick) {
        HTMLElement button = styled(style, label, action, onClick);
        button.setAttribute("aria-label", name);
        return button;
    }

    /** A small button whose label is a symbol; {@code description} is what a screen reader says instead. */
    public static HTMLElement icon(String symbol, String description, String action, Runnable onClick) {
        HTMLElement button = styled("btn-icon", symbol, action, onClick);
        button.setAttribute("aria-label", description);
        button.setAttribute("title", description);
        return button;
    }

    /** Greys out a button; a disabled button fires no clicks. */
    public static HTMLElement disabledIf(boolean disabled, HTMLElement button) {
        if (disabled) {
            button.setAttribute("disabled", "");
        }
        return button;
    }
}
