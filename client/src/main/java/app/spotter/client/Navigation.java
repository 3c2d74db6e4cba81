package app.spotter.client;

import app.spotter.client.platform.Router;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;

/**
 * The header's links (index.html, {@code a[data-nav]}): a plain click moves through the {@link Router} instead of
 * reloading the page, and the link of the current section is marked {@code aria-current="page"}. The links stay
 * real links, so they work before the script loads and open in a new tab as usual.
 */
final class Navigation {
    private Navigation() {
    }

    static void wire(Router router) {
        NodeList<? extends HTMLElement> links = HTMLDocument.current().getBody().querySelectorAll("a[data-nav]");
        for (int i = 0; i < links.getLength(); i++) {
            HTMLElement link = links.get(i);
            link.addEventListener("click", event -> {
                MouseEvent click = (MouseEvent) event;
                if (click.getButton() == MouseEvent.LEFT_BUTTON && !click.getCtrlKey() && !click.getMetaKey()
                        && !click.getShiftKey() && !click.getAltKey()) {
                    event.preventDefault();
                    router.go(link.getAttribute("href"));
                }
            });
        }
        router.onChange(Navigation::markCurrent);
        markCurrent(router.currentPath());
    }

    private static void markCurrent(String path) {
        Route.Screen screen = Route.parse(path).screen();
        String section = screen == Route.Screen.HISTORY || screen == Route.Screen.WORKOUT ? Route.HISTORY
                : screen == Route.Screen.PROGRESS ? Route.PROGRESS
                : screen == Route.Screen.HOUSEHOLD ? Route.HOUSEHOLD
                : screen == Route.Screen.SETTINGS || screen == Route.Screen.EXERCISES ? Route.SETTINGS : Route.TEMPLATES;
        NodeList<? extends HTMLElement> links = HTMLDocument.current().getBody().querySelectorAll(".nav a[data-nav]");
        for (int i = 0; i < links.getLength(); i++) {
            HTMLElement link = links.get(i);
            if (link.getAttribute("href").equals(section)) {
                link.setAttribute("aria-current", "page");
            } else {
                link.removeAttribute("aria-current");
            }
        }
    }
}
