package app.spotter.client.account;

import app.spotter.account.AccountCodec;
import app.spotter.account.SignedInUser;
import app.spotter.client.api.Answers;
import app.spotter.client.api.ApiCall;
import app.spotter.client.api.ApiCall.Callback;
import app.spotter.client.platform.HttpClient;
import app.spotter.json.Json;
import app.spotter.validation.AccountRules;
import app.spotter.validation.FieldError;
import com.grack.nanojson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** The owner's list of the household's accounts ({@code /api/users}): add a member, reset a password, remove one. */
public final class Household {
    private static final String PATH = "/api/users";
    private final HttpClient http;
    private Runnable listener = () -> { };
    private List<SignedInUser> users = new ArrayList<>();
    private boolean loaded;
    private String error = "";
    private String done = "";

    public Household(HttpClient http) {
        this.http = http;
    }

    public void onChange(Runnable listener) {
        this.listener = listener;
    }

    public void load() {
        ApiCall.send(http, "GET", PATH, null, AccountCodec::readList, Callback.of(list -> {
            users = list;
            loaded = true;
            listener.run();
        }, problem -> {
            error = problem.message();
            listener.run();
        }));
    }

    /** Adds a member; {@code added} runs once the server has stored it, so the form can be emptied. */
    public void add(String name, String password, Runnable added) {
        FieldError problem = AccountRules.nameProblem(name);
        if (refused(problem == null ? AccountRules.passwordProblem(password) : problem)) {
            return;
        }
        JsonObject body = new JsonObject();
        body.put("name", name);
        body.put("password", password);
        ApiCall.send(http, "POST", PATH, Json.write(body),
                finish("Added " + name.trim() + ". They can sign in now.", added));
    }

    public void resetPassword(SignedInUser member, String password, Runnable changed) {
        if (refused(AccountRules.passwordProblem(password))) {
            return;
        }
        JsonObject body = new JsonObject();
        body.put("password", password);
        ApiCall.send(http, "PUT", PATH + "/" + member.id() + "/password", Json.write(body),
                finish("New password set for " + member.name() + ". They are signed out everywhere.", changed));
    }

    /** Removes a member's account and everything stored under it on the server. */
    public void remove(SignedInUser member) {
        ApiCall.send(http, "DELETE", PATH + "/" + member.id(), null,
                finish("Removed " + member.name() + ".", () -> { }));
    }

    public List<SignedInUser> users() {
        return users;
    }

    public boolean loaded() {
        return loaded;
    }

    /** Why the last request failed, or empty. */
    public String error() {
        return error;
    }

    /** What the last request did, or empty. */
    public String done() {
        return done;
    }

    /** Shows the rule a form broke without asking the server, which would say the same. */
    private boolean refused(FieldError problem) {
        if (problem == null) {
            return false;
        }
        done = "";
        error = problem.message() + ".";
        listener.run();
        return true;
    }

    private Answers finish(String success, Runnable onSuccess) {
        return new Answers().ok(response -> {
            error = "";
            done = success;
            onSuccess.run();
            load();
        }).failed(failure -> {
            done = "";
            error = failure.error().message();
            listener.run();
        });
    }
}
