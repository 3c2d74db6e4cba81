package app.spotter.client.account;

import app.spotter.client.View;
import app.spotter.client.platform.Dom;
import app.spotter.validation.AccountRules;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/** The first-run setup form (create the owner account) and the sign-in form, as {@link SignIn} asks. */
public final class SignInView implements View {
    private final SignIn signIn;
    private HTMLInputElement name;
    private HTMLInputElement password;
    private HTMLInputElement confirm;
    // The name typed before a refused attempt, so a wrong password does not cost the name too.
    private String typedName;

    public SignInView(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public void show(HTMLElement root) {
        boolean setup = signIn.screen() == SignIn.Screen.SETUP;
        HTMLElement form = Dom.el("form", "page account-form");
        form.setAttribute("novalidate", "");
        Dom.append(form, Dom.text("h1", "page-title", setup ? "Welcome to Spotter" : "Sign in"));
        if (setup) {
            Dom.append(form, Dom.text("p", "muted", "Create the owner account of this server. "
                    + "You can add the other people of your household afterwards."));
        }
        if (!signIn.notice().isEmpty()) {
            Dom.append(form, Dom.text("p", "banner", signIn.notice()));
        }
        String knownName = setup ? "" : signIn.suggestedName();
        name = field(form, "Name", "text", "name", typedName != null ? typedName : knownName);
        name.setAttribute("autocomplete", "username");
        password = field(form, "Password", "password", "password", "");
        password.setAttribute("autocomplete", setup ? "new-password" : "current-password");
        if (setup) {
            confirm = field(form, "Password again", "password", "confirm", "");
            confirm.setAttribute("autocomplete", "new-password");
            Dom.append(form, Dom.text("p", "muted", "At least " + AccountRules.PASSWORD_MIN_CHARS
                    + " characters; a few words are easy to remember."));
        }
        if (!signIn.error().isEmpty()) {
            HTMLElement error = Dom.text("p", "form-error", signIn.error());
            error.setAttribute("role", "alert");
            Dom.append(form, error);
        }
        HTMLElement submit = Dom.text("button", "btn btn-primary", setup ? "Create account" : "Sign in");
        submit.setAttribute("type", "submit");
        submit.setAttribute("data-action", setup ? "setup" : "sign-in");
        if (signIn.busy()) {
            submit.setAttribute("disabled", "");
        }
        Dom.append(form, submit);
        // A form, so Enter in a field submits as people expect; the page itself never reloads.
        form.addEventListener("submit", event -> {
            event.preventDefault();
            submit(setup);
        });
        Dom.append(root, form);
        (name.getValue().isEmpty() ? name : password).focus();
    }

    private void submit(boolean setup) {
        typedName = name.getValue();
        if (setup) {
            signIn.setUp(name.getValue(), password.getValue(), confirm.getValue());
        } else {
            signIn.signIn(name.getValue(), password.getValue());
        }
    }

    private static HTMLInputElement field(HTMLElement form, String label, String type, String key, String value) {
        HTMLInputElement input = Dom.input(type, value, key);
        input.setId("account-" + key);
        HTMLElement caption = Dom.text("label", "field-label", label);
        caption.setAttribute("for", "account-" + key);
        Dom.append(form, Dom.append(Dom.el("div", "form-field"), caption, input));
        return input;
    }
}
