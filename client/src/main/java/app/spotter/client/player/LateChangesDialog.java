package app.spotter.client.player;

import app.spotter.sync.LateChanges;
import org.teavm.jso.dom.html.HTMLElement;

/** Draws the question of {@link LateChangesOffer}: add this device's later sets to the logged workout, or drop them. */
final class LateChangesDialog {
    private LateChangesDialog() {
    }

    /** The dialog, or null when nothing is asked. */
    static HTMLElement render(LateChangesOffer offer) {
        int count = offer.changes().size();
        if (count == 0) {
            return null;
        }
        StringBuilder text = new StringBuilder("This workout was finished on another device. This device has ")
                .append(count).append(count == 1 ? " set" : " sets").append(" the log lacks: ");
        String separator = "";
        for (LateChanges.SetChange change : offer.changes()) {
            text.append(separator).append(LateChangesOffer.describe(change));
            separator = "; ";
        }
        text.append('.');
        if (offer.error() != null) {
            text.append(" They could not be added: ").append(offer.error().message());
        }
        // Adding keeps the user's work, so it is the first (focused) choice.
        return Modals.dialog("late-changes-modal", "Finished on another device", text.toString(),
                Modals.button(offer.sending() ? "Adding\u2026" : "Add to logged workout", "add-late-changes", true,
                        offer::add),
                Modals.danger("Drop them", "drop-late-changes", offer::drop));
    }
}
