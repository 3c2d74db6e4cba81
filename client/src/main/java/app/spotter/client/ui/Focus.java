package app.spotter.client.ui;

import app.spotter.client.platform.Dom;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;

/**
 * Where the keyboard goes when a screen is redrawn. The views rebuild their DOM from state, so the control that
 * had focus is replaced by a new one; a control tagged with a focus key ({@code data-focus-key}, e.g.
 * "delete:&lt;id&gt;") can be found again in the new DOM and given focus back, instead of focus falling to
 * {@code <body>}.
 */
public final class Focus {
    static final String ATTRIBUTE = "data-focus-key";
    /** The key of every screen's title ({@link #title}), where focus goes after a route change. */
    public static final String TITLE = "title";
    private static final String PLACE = "place:";

    private Focus() {
    }

    /** Tags a control so that focus can find it again after a redraw; returns it. */
    public static HTMLElement tag(HTMLElement control, String key) {
        control.setAttribute(ATTRIBUTE, key);
        return control;
    }

    /** A screen's {@code h1}: focusable by script only (tabindex -1), so a route change can put focus on it. */
    public static HTMLElement title(String text) {
        HTMLElement title = tag(Dom.text("h1", "page-title", text), TITLE);
        title.setAttribute("tabindex", "-1");
        return title;
    }

    /**
     * The focus key of the control that has the keyboard now, or "" when it has none. An untagged button with a
     * {@code data-action} gets a key by place ({@link #byPlace}), so a redraw keeps focus where it was.
     */
    public static String currentKey() {
        HTMLElement active = HTMLDocument.current().getActiveElement();
        if (active == null) {
            return "";
        }
        if (active.hasAttribute(ATTRIBUTE)) {
            return active.getAttribute(ATTRIBUTE);
        }
        if (active.hasAttribute("data-action")) {
            String action = active.getAttribute("data-action");
            NodeList<? extends HTMLElement> same = sameAction(action);
            for (int i = 0; i < same.getLength(); i++) {
                if (Dom.isSame(same.get(i), active)) {
                    return byPlace(action, i);
                }
            }
        }
        return "";
    }

    /** The key of the {@code index}-th control (from 0) with this {@code data-action}, e.g. the second "move-up". */
    public static String byPlace(String action, int index) {
        return PLACE + action + "#" + index;
    }

    private static NodeList<? extends HTMLElement> sameAction(String action) {
        return HTMLDocument.current().getBody().querySelectorAll("[data-action=\"" + action + "\"]");
    }

    private static HTMLElement findByPlace(String key) {
        int hash = key.lastIndexOf('#');
        if (!key.startsWith(PLACE) || hash < 0) {
            return null;
        }
        String action = key.substring(PLACE.length(), hash);
        if (action.indexOf('"') >= 0 || action.indexOf('\\') >= 0) {
            return null;
        }
        int index = Integer.parseInt(key.substring(hash + 1));
        NodeList<? extends HTMLElement> same = sameAction(action);
        return index < same.getLength() ? same.get(index) : null;
    }

    /** Focuses the first of {@code keys} that names an enabled control on the page; false when none does. */
    public static boolean restore(String... keys) {
        NodeList<? extends HTMLElement> tagged = HTMLDocument.current().getBody().querySelectorAll(
                "[" + ATTRIBUTE + "]");
        for (String key : keys) {
            if (key == null || key.isEmpty()) {
                continue;
            }
            HTMLElement placed = findByPlace(key);
            if (placed != null && !placed.hasAttribute("disabled")) {
                placed.focus();
                return true;
            }
            for (int i = 0; i < tagged.getLength(); i++) {
                HTMLElement control = tagged.get(i);
                if (key.equals(control.getAttribute(ATTRIBUTE)) && !control.hasAttribute("disabled")) {
                    control.focus();
                    return true;
                }
            }
        }
        return false;
    }

    /** The element that has the keyboard (the body when nothing in particular has it). */
    public static HTMLElement active() {
        return HTMLDocument.current().getActiveElement();
    }

    /** True when the keyboard is on nothing in particular (the body), as after the focused control was removed. */
    public static boolean lost() {
        HTMLElement active = active();
        return active == null || active == HTMLDocument.current().getBody();
    }
}
