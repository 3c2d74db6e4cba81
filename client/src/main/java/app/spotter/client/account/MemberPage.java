package app.spotter.client.account;

import app.spotter.account.SignedInUser;
import app.spotter.client.platform.Dom;
import app.spotter.client.ui.Focus;
import org.teavm.jso.dom.html.HTMLElement;

/** The Household screen as a member sees it: what their account can and cannot do, and no form they cannot use. */
final class MemberPage {
    private MemberPage() {
    }

    static HTMLElement render(SignedInUser me) {
        HTMLElement page = Dom.el("section", "page household household-member");
        Dom.append(page, Focus.title("Household"),
                Dom.text("p", "", "You are signed in as " + me.name() + ", a member of this household."),
                Dom.text("h2", "section-title", "What you can do"),
                list("Keep your own templates, workouts, history and progress; nobody else sees them.",
                        "Export your data and import a Spotter or Strong file (History, Your data).",
                        "Use Spotter on any of your devices, online or at the gym without signal."),
                Dom.text("h2", "section-title", "What only the owner can do"),
                list("Add or remove members of the household.",
                        "Set a new password for a member, for example when you have forgotten yours."),
                Dom.text("p", "muted", "Ask the person who set up this Spotter server when you need one of these."));
        return page;
    }

    private static HTMLElement list(String... items) {
        HTMLElement ul = Dom.el("ul", "plain-list");
        for (String item : items) {
            Dom.append(ul, Dom.text("li", "", item));
        }
        return ul;
    }
}
