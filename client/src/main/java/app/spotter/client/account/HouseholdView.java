package app.spotter.client.account;

import app.spotter.account.SignedInUser;
import app.spotter.client.View;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.HttpClient;
import app.spotter.client.ui.Buttons;
import app.spotter.client.ui.Focus;
import app.spotter.client.ui.FocusReturn;
import app.spotter.client.ui.Modal;
import app.spotter.validation.AccountRules;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/** The owner's Household screen ({@code /settings/users}): the accounts of this server and what to do with them. */
public final class HouseholdView implements View {
    private final Household household;
    private final SignedInUser me;
    private final FocusReturn opener = new FocusReturn();
    private HTMLElement root;
    private HTMLInputElement newName;
    private HTMLInputElement newPassword;
    // The member whose password is being reset, and the one waiting for the confirmation to remove.
    private SignedInUser resetting;
    private SignedInUser removing;

    public HouseholdView(HttpClient http, SignedInUser me) {
        this.household = new Household(http);
        this.me = me;
    }

    @Override
    public void show(HTMLElement viewRoot) {
        root = viewRoot;
        Dom.scrollToTop();
        if (!me.isOwner()) {
            Dom.append(root, MemberPage.render(me));
            return;
        }
        household.onChange(this::draw);
        household.load();
        draw();
    }

    private void draw() {
        String had = Focus.currentKey();
        Dom.clear(root);
        HTMLElement page = Dom.el("section", "page household");
        Dom.append(page, Focus.title("Household"),
                Dom.text("p", "muted", "Everyone here has their own workouts and history; nobody sees another's."));
        if (!household.error().isEmpty()) {
            HTMLElement error = Dom.text("p", "form-error", household.error());
            error.setAttribute("role", "alert");
            Dom.append(page, error);
        }
        if (!household.done().isEmpty()) {
            Dom.append(page, Dom.text("p", "banner", household.done()));
        }
        if (!household.loaded() && household.error().isEmpty()) {
            Dom.append(page, Dom.text("p", "muted", "Loading the accounts\u2026"));
        }
        HTMLElement list = Dom.el("ul", "member-list");
        for (SignedInUser user : household.users()) {
            Dom.append(list, row(user));
        }
        Dom.append(page, list, addForm());
        Dom.append(root, page);
        if (removing != null) {
            Modal.show(root, Modal.of("Remove " + removing.name() + "?",
                    "Their account, workouts and history are deleted from this server. This cannot be undone.",
                    this::cancelRemove,
                    Buttons.styled("btn-quiet", "Keep", "cancel-remove", this::cancelRemove),
                    Buttons.styled("btn-danger", "Remove", "confirm-remove", this::confirmRemove)));
        } else if (Focus.lost()) {
            Focus.restore(had);
        }
    }

    private HTMLElement row(SignedInUser user) {
        HTMLElement row = Dom.el("li", "member-row");
        row.setAttribute("data-user-id", user.id());
        Dom.append(row, Dom.text("span", "member-name", user.name()),
                Dom.text("span", "member-role muted", user.isOwner() ? "Owner" : "Member"));
        if (user.isOwner()) {
            return row;
        }
        if (resetting != null && resetting.id().equals(user.id())) {
            HTMLInputElement password = Dom.input("password", "", "password");
            password.setAttribute("aria-label", "New password for " + user.name());
            password.setAttribute("autocomplete", "new-password");
            Focus.tag(password, "new-password:" + user.id());
            Dom.append(row, password,
                    Buttons.styled("btn-primary", "Save password", "save-password",
                            () -> household.resetPassword(user, password.getValue(), this::closeReset)),
                    Buttons.styled("btn-quiet", "Cancel", "cancel-reset", this::closeReset));
            return row;
        }
        return Dom.append(row,
                Focus.tag(Buttons.named("btn-quiet", "Reset password", "Reset password of " + user.name(),
                        "reset-password", () -> {
                            resetting = user;
                            draw();
                            Focus.restore("new-password:" + user.id());
                        }), "reset:" + user.id()),
                Focus.tag(Buttons.named("btn-danger", "Remove", "Remove " + user.name(), "remove-member", () -> {
                    opener.remember();
                    removing = user;
                    draw();
                }), "remove:" + user.id()));
    }

    private HTMLElement addForm() {
        HTMLElement form = Dom.el("div", "add-member");
        // What was typed survives a redraw, so a refused name or password can be corrected, not retyped.
        newName = Dom.input("text", newName == null ? "" : newName.getValue(), "name");
        newName.setAttribute("aria-label", "Name of the new member");
        newName.setAttribute("autocomplete", "off");
        Focus.tag(newName, "add-name");
        newPassword = Dom.input("password", newPassword == null ? "" : newPassword.getValue(), "password");
        newPassword.setAttribute("aria-label", "Their first password");
        newPassword.setAttribute("autocomplete", "new-password");
        return Dom.append(form, Dom.text("h2", "", "Add a member"),
                Dom.append(Dom.el("div", "form-field"), Dom.text("label", "field-label", "Name"), newName),
                Dom.append(Dom.el("div", "form-field"),
                        Dom.text("label", "field-label", "Password (at least "
                                + AccountRules.PASSWORD_MIN_CHARS + " characters)"), newPassword),
                Buttons.styled("btn-primary", "Add member", "add-member",
                        () -> household.add(newName.getValue(), newPassword.getValue(), this::clearAddForm)));
    }

    private void clearAddForm() {
        newName.setValue("");
        newPassword.setValue("");
    }

    private void closeReset() {
        String id = resetting == null ? "" : resetting.id();
        resetting = null;
        draw();
        Focus.restore("reset:" + id);
    }

    private void cancelRemove() {
        removing = null;
        draw();
        opener.giveBack();
    }

    private void confirmRemove() {
        SignedInUser member = removing;
        removing = null;
        household.remove(member);
        draw();
        opener.giveBack("add-name");
    }
}
