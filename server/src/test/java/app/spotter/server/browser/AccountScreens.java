package app.spotter.server.browser;

import app.spotter.server.support.Browser;
import java.io.IOException;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;

/** The setup, sign-in and Household screens and the header's account corner, found by their test hooks. */
final class AccountScreens {
    private final HtmlPage page;

    AccountScreens(HtmlPage page) {
        this.page = page;
    }

    void setUp(String name, String password, String confirm) {
        Browser.waitFor(page, "[data-action=setup]");
        fill("[data-field=name]", name);
        fill("[data-field=password]", password);
        fill("[data-field=confirm]", confirm);
        click("[data-action=setup]");
    }

    void signIn(String name, String password) {
        Browser.waitFor(page, "[data-action=sign-in]:not([disabled])");
        fill("[data-field=name]", name);
        fill("[data-field=password]", password);
        click("[data-action=sign-in]");
    }

    /** Waits until the header says this user is signed in. */
    void waitSignedInAs(String name) {
        Browser.waitUntil("signed in as " + name, () -> page.querySelector("#signed-in-user") != null
                && page.querySelector("#signed-in-user").getTextContent().equals(name));
    }

    void waitForSignInForm() {
        Browser.waitFor(page, "[data-action=sign-in]");
    }

    String formError() {
        return Browser.waitFor(page, ".form-error").getTextContent();
    }

    void fill(String selector, String value) {
        ((HtmlInput) Browser.waitFor(page, selector)).setValue(value);
    }

    void click(String selector) {
        DomElement element = Browser.waitFor(page, selector);
        try {
            ((HtmlElement) element).click();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String text(String selector) {
        return Browser.waitFor(page, selector).getTextContent();
    }

    HtmlPage page() {
        return page;
    }
}
