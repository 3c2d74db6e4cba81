package app.spotter.client.account;

import com.grack.nanojson.JsonObject;

/** An account as the server describes it ({@code {"id", "name", "role"}}); role is "owner" or "member". */
public record SignedInUser(String id, String name, String role) {
    public boolean isOwner() {
        return "owner".equals(role);
    }

    /** The user in this JSON object, or null when it is not one (missing id or name). */
    public static SignedInUser from(Object json) {
        if (!(json instanceof JsonObject)) {
            return null;
        }
        JsonObject obj = (JsonObject) json;
        String id = obj.getString("id", "");
        String name = obj.getString("name", "");
        if (id.isEmpty() || name.isEmpty()) {
            return null;
        }
        return new SignedInUser(id, name, obj.getString("role", "member"));
    }

    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.put("id", id);
        json.put("name", name);
        json.put("role", role);
        return json;
    }
}
