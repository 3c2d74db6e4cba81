package app.spotter.client.account;

import app.spotter.account.SignedInUser;
import app.spotter.client.Route;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.Router;
import app.spotter.client.ui.Buttons;
import org.teavm.jso.dom.html.HTMLElement;

/** The header's account corner: who is signed in, the owner's Household link, and Sign out. */
public final class AccountBar {
    private AccountBar() {
    }

    /** Draws the corner for the signed-in user into {@code into}; empty while nobody is signed in. */
    public static void draw(HTMLElement into, SignIn signIn, Router router) {
        Dom.clear(into);
        SignedInUser user = signIn.user();
        if (user == null) {
            return;
        }
        HTMLElement name = Dom.text("span", "account-name", user.name());
        name.setId("signed-in-user");
        Dom.append(into, name);
        if (signIn.offline()) {
            Dom.append(into, Dom.text("span", "account-offline muted", "offline"));
        }
        HTMLElement settings = Dom.text("a", "account-link", "Settings");
        settings.setAttribute("href", Route.SETTINGS);
        settings.addEventListener("click", event -> {
            event.preventDefault();
            router.go(Route.SETTINGS);
        });
        Dom.append(into, settings);
        if (user.isOwner()) {
            HTMLElement household = Dom.text("a", "account-link", "Household");
            household.setAttribute("href", Route.HOUSEHOLD);
            household.addEventListener("click", event -> {
                event.preventDefault();
                router.go(Route.HOUSEHOLD);
            });
            Dom.append(into, household);
        }
        Dom.append(into, Buttons.styled("btn-quiet", "Sign out", "sign-out", signIn::signOut));
    }
}
