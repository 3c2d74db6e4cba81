package app.spotter.server.browser;

import app.spotter.server.support.Browser;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTextArea;

/** The Workouts list and the template editor as a user sees them: cards by name, boxes by field path. */
final class TemplateScreens {
    private final HtmlPage page;

    TemplateScreens(HtmlPage page) {
        this.page = page;
    }

    /** The template names on the list, top to bottom. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        for (DomNode card : page.querySelectorAll(".template-card")) {
            names.add(card.querySelector(".template-name").getTextContent());
        }
        return names;
    }

    void waitForNames(List<String> expected) {
        Browser.waitUntil("the list to show " + expected, () -> names().equals(expected));
    }

    /** The card of the template called {@code name}. */
    DomElement card(String name) {
        for (DomNode card : page.querySelectorAll(".template-card")) {
            if (card.querySelector(".template-name").getTextContent().equals(name)) {
                return (DomElement) card;
            }
        }
        throw new AssertionError("no template card called " + name + " in " + names());
    }

    void clickOnCard(String name, String action) {
        click(card(name).querySelector("[data-action=" + action + "]"));
    }

    /** Clicks the first button with this {@code data-action}, waiting for it to be drawn and enabled. */
    void click(String action) {
        String selector = "[data-action=" + action + "]";
        Browser.waitUntil("an enabled " + selector, () -> {
            DomElement button = page.querySelector(selector);
            return button != null && !button.hasAttribute("disabled");
        });
        click(page.querySelector(selector));
    }

    /** Replaces what the box for {@code field} holds by typing, as a user would, key by key. */
    void type(String field, String text) {
        HtmlInput input = input(field);
        input.setValue("");
        try {
            input.type(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Types into a note box. */
    void typeNote(String field, String text) {
        HtmlTextArea area = (HtmlTextArea) Browser.waitFor(page, "textarea[data-field='" + field + "']");
        area.setText("");
        try {
            area.type(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Leaves the box for {@code field}, as a tap elsewhere does: its change is committed. */
    void leave(String field) {
        input(field).blur();
    }

    /** Picks the option with this value in the drop-down for {@code field}. */
    void choose(String field, String value) {
        HtmlSelect select = (HtmlSelect) Browser.waitFor(page, "select[data-field='" + field + "']");
        select.setSelectedAttribute(value, true);
    }

    /** The value chosen in the drop-down for {@code field}, or null while there is no such drop-down. */
    String chosen(String field) {
        DomElement select = page.querySelector("select[data-field='" + field + "']");
        return select == null ? null : ((HtmlSelect) select).getSelectedOptions().get(0).getValueAttribute();
    }

    void tick(String field) {
        ((HtmlCheckBoxInput) Browser.waitFor(page, "input[data-field='" + field + "']")).setChecked(true);
    }

    /** Whether a box for {@code field} is on the screen now. */
    boolean hasBox(String field) {
        return page.querySelector("[data-field='" + field + "']") != null;
    }

    HtmlPage page() {
        return page;
    }

    HtmlInput input(String field) {
        return (HtmlInput) Browser.waitFor(page, "input[data-field='" + field + "']");
    }

    /** The inline message shown for {@code field}; "" when there is none. */
    String errorFor(String field) {
        DomElement slot = page.querySelector("[data-error-for='" + field + "']");
        return slot == null ? "" : slot.getTextContent();
    }

    /** Clicks the header link with this text, as a user would. */
    void clickHeaderLink(String text) {
        for (DomNode link : page.querySelectorAll(".topbar a[data-nav]")) {
            if (link.getTextContent().equals(text)) {
                click(link);
                return;
            }
        }
        throw new AssertionError("no header link " + text);
    }

    /** The header link marked as the current section. */
    String currentSection() {
        DomElement link = page.querySelector(".nav a[aria-current=page]");
        return link == null ? "" : link.getTextContent();
    }

    /** Leaves a mark in the page's script state; a reload wipes it, moving within the app does not. */
    void mark() {
        page.executeJavaScript("window.spotterTestMark = 'still here';");
    }

    boolean marked() {
        return "still here".equals(String.valueOf(page.executeJavaScript("window.spotterTestMark")
                .getJavaScriptResult()));
    }

    /** Whether anything on the page matches {@code selector} right now. */
    boolean shows(String selector) {
        return page.querySelector(selector) != null;
    }

    /** The text of the screen's error banner; "" when none is shown. */
    String errorBanner() {
        DomElement banner = page.querySelector(".banner-error");
        return banner == null ? "" : banner.getTextContent();
    }

    /** The {@code data-action} of the button that has the keyboard focus; "" when no button has it. */
    String focusedAction() {
        DomElement focused = page.getFocusedElement();
        return focused == null ? "" : focused.getAttribute("data-action");
    }

    String path() {
        return page.getUrl().getPath();
    }

    private static void click(DomNode element) {
        try {
            ((HtmlElement) element).click();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
