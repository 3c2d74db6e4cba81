package app.spotter.client.platform;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/** SVG elements made in the SVG namespace (createElementNS), so charts are drawn inline without a library. */
public final class Svg {
    private Svg() {
    }

    /** An SVG element with attributes given as name, value pairs. */
    public static HTMLElement el(String tag, String... attributes) {
        HTMLElement element = create(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            element.setAttribute(attributes[i], attributes[i + 1]);
        }
        return element;
    }

    public static HTMLElement text(int x, int y, String anchor, String className, String content) {
        HTMLElement text = el("text", "x", Integer.toString(x), "y", Integer.toString(y), "text-anchor", anchor,
                "class", className);
        text.setTextContent(content);
        return text;
    }

    // The DOM types of teavm-jso-apis are HTML ones; an SVG element answers the same calls we use.
    @JSBody(params = "tag", script = "return document.createElementNS('http://www.w3.org/2000/svg', tag);")
    private static native HTMLElement create(String tag);
}
