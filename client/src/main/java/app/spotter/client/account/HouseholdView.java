package app.spotter.client.account;

import app.spotter.client.View;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.HttpClient;
import app.spotter.client.ui.Buttons;
import app.spotter.client.ui.Modal;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/** The owner's Household screen ({@code /settings/users}): the accounts of this server and what to do with them. */
public final class HouseholdView implements View {
    private final Household household;
    private HTMLElement root;
    private HTMLInputElement newName;
    private HTMLInputElement newPassword;
    // The member whose password is being reset, and the one waiting for the confirmation to remove.
    private SignedInUser resetting;
    private SignedInUser removing;

    public HouseholdView(HttpClient http) {
        this.household = new Household(http);
    }

    @Override
    public void show(HTMLElement viewRoot) {
        root = viewRoot;
        Dom.scrollToTop();
        household.onChange(this::draw);
        household.load();
        draw();
    }

    private void draw() {
        Dom.clear(root);
        HTMLElement page = Dom.el("section", "page household");
        Dom.append(page, Dom.text("h1", "page-title", "Household"),
                Dom.text("p", "muted", "Everyone here has their own workouts and history; nobody sees another's."));
        if (!household.error().isEmpty()) {
            HTMLElement error = Dom.text("p", "form-error", household.error());
            error.setAttribute("role", "alert");
            Dom.append(page, error);
        }
        if (!household.done().isEmpty()) {
            Dom.append(page, Dom.text("p", "banner", household.done()));
        }
        if (!household.loaded()) {
            Dom.append(page, Dom.text("p", "muted", "Loading the accounts\u2026"));
        }
        HTMLElement list = Dom.el("ul", "member-list");
        for (SignedInUser user : household.users()) {
            Dom.append(list, row(user));
        }
        Dom.append(page, list, addForm());
        Dom.append(root, page);
        if (removing != null) {
            HTMLElement modal = Modal.of("Remove " + removing.name() + "?",
                    "Their account, workouts and history are deleted from this server. This cannot be undone.",
                    this::cancelRemove,
                    Buttons.styled("btn-quiet", "Keep", "cancel-remove", this::cancelRemove),
                    Buttons.styled("btn-danger", "Remove", "confirm-remove", this::confirmRemove));
            Dom.append(root, modal);
            Modal.focusFirstButton(modal);
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
            Dom.append(row, password,
                    Buttons.styled("btn-primary", "Save password", "save-password",
                            () -> household.resetPassword(user, password.getValue(), this::closeReset)),
                    Buttons.styled("btn-quiet", "Cancel", "cancel-reset", this::closeReset));
            return row;
        }
        return Dom.append(row,
                Buttons.styled("btn-quiet", "Reset password", "reset-password", () -> {
                    resetting = user;
                    draw();
                }),
                Buttons.styled("btn-danger", "Remove", "remove-member", () -> {
                    removing = user;
                    draw();
                }));
    }

    private HTMLElement addForm() {
        HTMLElement form = Dom.el("div", "add-member");
        // What was typed survives a redraw, so a refused name or password can be corrected, not retyped.
        newName = Dom.input("text", newName == null ? "" : newName.getValue(), "name");
        newName.setAttribute("aria-label", "Name of the new member");
        newName.setAttribute("autocomplete", "off");
        newPassword = Dom.input("password", newPassword == null ? "" : newPassword.getValue(), "password");
        newPassword.setAttribute("aria-label", "Their first password");
        newPassword.setAttribute("autocomplete", "new-password");
        return Dom.append(form, Dom.text("h2", "", "Add a member"),
                Dom.append(Dom.el("div", "form-field"), Dom.text("label", "field-label", "Name"), newName),
                Dom.append(Dom.el("div", "form-field"),
                        Dom.text("label", "field-label", "Password (at least 10 characters)"), newPassword),
                Buttons.styled("btn-primary", "Add member", "add-member",
                        () -> household.add(newName.getValue(), newPassword.getValue(), this::clearAddForm)));
    }

    private void clearAddForm() {
        newName.setValue("");
        newPassword.setValue("");
    }

    private void closeReset() {
        resetting = null;
        draw();
    }

    private void cancelRemove() {
        removing = null;
        draw();
    }

    private void confirmRemove() {
        SignedInUser member = removing;
        removing = null;
        household.remove(member);
        draw();
    }
}
