package app.spotter.client.ui;

/**
 * Gives focus back to the control that opened a dialog once the dialog is closed. One per view: call
 * {@link #remember} when the dialog opens (before the redraw), and {@link #giveBack} after the redraw that removed
 * it. The control is found by its {@link Focus#tag focus key}, since the redraw replaced the element.
 */
public final class FocusReturn {
    private String opener = "";

    /** Remembers the focused control (call in the click handler that opens the dialog). */
    public void remember() {
        opener = Focus.currentKey();
    }

    /** Remembers a control by its key, for a dialog that opens from a redraw (the key was read before it). */
    public void remember(String key) {
        opener = key == null ? "" : key;
    }

    /** Focuses the remembered control, else the first of {@code fallbacks} found, else the screen's title. */
    public void giveBack(String... fallbacks) {
        String key = opener;
        opener = "";
        if (Focus.restore(key)) {
            return;
        }
        if (!Focus.restore(fallbacks)) {
            Focus.restore(Focus.TITLE);
        }
    }
}
