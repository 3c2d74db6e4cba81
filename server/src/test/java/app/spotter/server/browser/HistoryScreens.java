package app.spotter.server.browser;

import app.spotter.server.support.Browser;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;

/** The History, workout and Progress screens as a user sees them: rows by name, buttons by data-action. */
final class HistoryScreens {
    private final HtmlPage page;

    HistoryScreens(HtmlPage page) {
        this.page = page;
    }

    HtmlPage page() {
        return page;
    }

    /** The workout names on the history list, top to bottom. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        for (DomNode row : page.querySelectorAll(".history-item")) {
            names.add(row.querySelector(".history-name").getTextContent());
        }
        return names;
    }

    int rows() {
        return page.querySelectorAll(".history-item").size();
    }

    void waitForRows(int count) {
        Browser.waitUntil(count + " history rows (" + rows() + " now)", () -> rows() == count);
    }

    DomElement row(String name) {
        for (DomNode row : page.querySelectorAll(".history-item")) {
            if (row.querySelector(".history-name").getTextContent().equals(name)) {
                return (DomElement) row;
            }
        }
        throw new AssertionError("no history row called " + name + " in " + names());
    }

    void openWorkout(String name) {
        click((HtmlElement) row(name).querySelector(".history-name"));
    }

    List<String> texts(String selector) {
        List<String> texts = new ArrayList<>();
        for (DomNode node : page.querySelectorAll(selector)) {
            texts.add(node.getTextContent());
        }
        return texts;
    }

    void waitForText(String selector, String expected) {
        Browser.waitUntil(selector + " saying " + expected, () -> texts(selector).contains(expected));
    }

    void click(String action) {
        String selector = "[data-action=" + action + "]";
        Browser.waitUntil("an enabled " + selector, () -> {
            DomElement button = page.querySelector(selector);
            return button != null && !button.hasAttribute("disabled");
        });
        click((HtmlElement) page.querySelector(selector));
    }

    /** Picks the option with this value in the drop-down for {@code field}, as a user choosing it would. */
    void choose(String field, String value) {
        ((HtmlSelect) Browser.waitFor(page, "select[data-field='" + field + "']")).setSelectedAttribute(value, true);
    }

    /** Where a link ({@code data-action}) points. */
    String href(String action) {
        return Browser.waitFor(page, "a[data-action=" + action + "]").getAttribute("href");
    }

    /** Chooses a file in the import box, as a user picking it would (the change event included). */
    void importFile(java.io.File file) {
        HtmlFileInput input = (HtmlFileInput) Browser.waitFor(page, "input[type=file]");
        input.setFiles(file);
        input.fireEvent("change");
    }

    /** Taps the first element matching {@code selector} (a chart point), as a finger would. */
    void tap(String selector) {
        DomElement element = page.querySelector(selector);
        if (element == null) {
            throw new AssertionError("nothing matches " + selector);
        }
        try {
            element.click();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String path() {
        return page.getUrl().getPath();
    }

    private static void click(HtmlElement element) {
        try {
            element.click();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
