package app.spotter.client.player;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The parts of the open exercise card (its head, tools, rest, note, last time, Previous / Next), kept from one
 * draw to the next: a part drawn for the same key (everything it shows and acts on) keeps its element, so the
 * browser restyles and lays out only what changed; an element taken out of the page and put back would be styled
 * and laid out afresh (on a phone that costs more than the drawing).
 */
final class KeptParts {
    private record Part(String key, HTMLElement element) {
    }

    private Map<String, Part> kept = new HashMap<>();
    private Map<String, Part> drawn = new HashMap<>();

    /**
     * The part called {@code name}: the element drawn last time when its key is the same, else a new one; a null
     * key draws anew and is never kept.
     */
    HTMLElement part(String name, String key, Supplier<HTMLElement> draw) {
        Part old = kept.get(name);
        Part part = old != null && key != null && key.equals(old.key()) ? old : new Part(key, draw.get());
        drawn.put(name, part);
        return part.element();
    }

    /** Ends a draw: the parts it did not ask for are forgotten. */
    void drawn() {
        kept = drawn;
        drawn = new HashMap<>();
    }
}
