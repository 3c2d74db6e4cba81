package app.spotter.client.platform;

import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.xml.Node;

/**
 * The few DOM calls the views need. Text always goes in through textContent, never as HTML, so names typed by a
 * user can never become markup.
 */
public final class Dom {
    private Dom() {
    }

    public static HTMLElement el(String tag, String className) {
        HTMLElement element = HTMLDocument.current().createElement(tag);
        if (className != null && !className.isEmpty()) {
            element.setClassName(className);
        }
        return element;
    }

    public static HTMLElement text(String tag, String className, String text) {
        HTMLElement element = el(tag, className);
        element.setTextContent(text);
        return element;
    }

    /**
     * Shows {@code text} in {@code element}, writing only when it differs: writing the same text still replaces
     * the text node, and the browser lays the line out again (the player's clock parts are set every second).
     */
    public static void setText(HTMLElement element, String text) {
        if (!text.equals(element.getTextContent())) {
            element.setTextContent(text);
        }
    }

    /** A button with a visible label and a {@code data-action} name that tests and styles can find it by. */
    public static HTMLElement button(String label, String action, Runnable onClick) {
        HTMLElement button = text("button", "btn", label);
        button.setAttribute("type", "button");
        button.setAttribute("data-action", action);
        button.addEventListener("click", event -> onClick.run());
        return button;
    }

    public static HTMLInputElement input(String type, String value, String field) {
        HTMLInputElement input = (HTMLInputElement) el("input", "field");
        input.setType(type);
        input.setValue(value);
        // What was drawn, so a redraw can tell a value the user is typing from the one shown (TypedInput).
        input.setAttribute("data-drawn", value);
        input.setAttribute("data-field", field);
        input.setAttribute("name", field);
        return input;
    }

    public static HTMLElement append(HTMLElement parent, HTMLElement... children) {
        for (HTMLElement child : children) {
            parent.appendChild(child);
        }
        return parent;
    }

    public static void clear(HTMLElement element) {
        while (element.getFirstChild() != null) {
            element.removeChild(element.getFirstChild());
        }
    }

    /** Puts {@code content} in the place of everything {@code parent} holds, in one step: the old content stays
     * on screen until the new one, built beforehand, replaces it, so nothing reading the page sees it empty. */
    public static void replaceContent(HTMLElement parent, HTMLElement content) {
        Node first = parent.getFirstChild();
        if (first == null) {
            parent.appendChild(content);
            return;
        }
        parent.replaceChild(content, first);
        while (content.getNextSibling() != null) {
            parent.removeChild(content.getNextSibling());
        }
    }

    /**
     * Makes {@code children} exactly what {@code parent} holds, in that order, touching only what differs: a child
     * already there stays where it is (the browser keeps its style and layout; a node taken out and put back is
     * styled and laid out afresh), a new one is inserted in its place, and the ones not wanted go. So replacing one
     * part moves none of the parts after it.
     */
    public static void arrange(HTMLElement parent, List<HTMLElement> children) {
        arrange(parent, children.toArray(new HTMLElement[0]));
    }

    @JSBody(params = {"parent", "children"}, script = "var wanted = new Set(children); var at = parent.firstChild;"
            + " for (var i = 0; i < children.length; i++) { var child = children[i];"
            + "   while (at !== null && at !== child && !wanted.has(at)) {"
            + "     var gone = at; at = at.nextSibling; parent.removeChild(gone); }"
            + "   if (at === child) { at = at.nextSibling; } else { parent.insertBefore(child, at); } }"
            + " while (at !== null) { var rest = at; at = at.nextSibling; parent.removeChild(rest); }")
    private static native void arrange(HTMLElement parent, HTMLElement[] children);

    public static HTMLElement byId(String id) {
        return HTMLDocument.current().getElementById(id);
    }

    /** Sets (or with "" removes) an attribute of the document's {@code <html>} element, e.g. data-theme. */
    public static void setRootAttribute(String name, String value) {
        HTMLElement html = HTMLDocument.current().getDocumentElement();
        if (value.isEmpty()) {
            html.removeAttribute(name);
        } else {
            html.setAttribute(name, value);
        }
    }

    /** A labelled control: {@code <label for>} pointing at the control's id. */
    public static HTMLElement labelFor(String text, HTMLElement control, String id) {
        control.setId(id);
        HTMLElement label = text("label", "field-label", text);
        label.setAttribute("for", id);
        return label;
    }

    /** Scrolls the page back to its top, so a new screen does not open where the last one was scrolled to. */
    public static void scrollToTop() {
        Window.current().scrollTo(0, 0);
    }

    /** True when {@code node} is {@code container} or inside it. */
    @JSBody(params = {"node", "container"}, script = "return !!node && container.contains(node);")
    public static native boolean isInside(JSObject node, JSObject container);

    /** True when both are the same DOM node (JS identity). */
    @JSBody(params = {"a", "b"}, script = "return a === b;")
    public static native boolean isSame(JSObject a, JSObject b);

    public static void onInput(HTMLElement element, Runnable handler) {
        element.addEventListener("input", event -> handler.run());
    }

    public static void onChange(HTMLElement element, Runnable handler) {
        element.addEventListener("change", event -> handler.run());
    }
}
