package app.spotter.account;

import app.spotter.json.Json;
import app.spotter.json.JsonFields;
import app.spotter.validation.FieldError;
import app.spotter.validation.ValidationException;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The one wire form of accounts: one account {@code {"id", "name", "role"}} (the answer to sign-in, setup and
 * adding a member, and the user this device remembers), the household list {@code [account]}, and the auth state
 * {@code {"setupNeeded", "user": account or null}}. The server writes them, the client reads them strictly: a
 * missing field, an empty id or name, or an unknown role is an error.
 */
public final class AccountCodec {
    private static final String USER = "user";

    private AccountCodec() {
    }

    public static JsonObject toJson(SignedInUser user) {
        JsonObject json = new JsonObject();
        json.put("id", user.id());
        json.put("name", user.name());
        json.put("role", user.role());
        return json;
    }

    public static String write(SignedInUser user) {
        return Json.write(toJson(user));
    }

    public static SignedInUser read(String text) {
        return fromJson(Json.parseObject(text), "");
    }

    public static JsonArray listToJson(List<SignedInUser> users) {
        JsonArray json = new JsonArray();
        for (SignedInUser user : users) {
            json.add(toJson(user));
        }
        return json;
    }

    public static List<SignedInUser> readList(String text) {
        JsonArray json = Json.parseArray(text);
        List<SignedInUser> users = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            users.add(fromJson(JsonFields.element(json, i, ""), "[" + i + "]"));
        }
        return users;
    }

    public static JsonObject stateToJson(AuthState state) {
        JsonObject json = new JsonObject();
        json.put("setupNeeded", state.setupNeeded());
        json.put(USER, state.user() == null ? null : toJson(state.user()));
        return json;
    }

    public static AuthState readState(String text) {
        JsonObject json = Json.parseObject(text);
        boolean setupNeeded = JsonFields.bool(json, "setupNeeded", "");
        if (!json.containsKey(USER)) {
            throw new ValidationException(new FieldError(USER, "user is required (null when nobody is signed in)"));
        }
        return new AuthState(setupNeeded, json.get(USER) == null ? null : fromJson(JsonFields.object(json, USER, ""),
                USER));
    }

    private static SignedInUser fromJson(JsonObject json, String path) {
        String id = JsonFields.string(json, "id", path);
        String name = JsonFields.string(json, "name", path);
        String role = JsonFields.string(json, "role", path);
        if (id.isEmpty() || name.isEmpty()) {
            throw new ValidationException(new FieldError(JsonFields.at(path, id.isEmpty() ? "id" : "name"),
                    "an account needs an id and a name"));
        }
        if (!SignedInUser.OWNER.equals(role) && !SignedInUser.MEMBER.equals(role)) {
            throw new ValidationException(new FieldError(JsonFields.at(path, "role"), "role must be owner or member"));
        }
        return new SignedInUser(id, name, role);
    }
}
