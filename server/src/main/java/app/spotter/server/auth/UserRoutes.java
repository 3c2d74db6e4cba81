package app.spotter.server.auth;

import app.spotter.account.AccountCodec;
import app.spotter.json.Json;
import app.spotter.json.JsonFields;
import app.spotter.server.http.Api;
import app.spotter.server.http.ApiException;
import com.grack.nanojson.JsonObject;
import io.javalin.http.Context;
import java.util.function.Consumer;

/** HTTP for the owner's household list: add and remove members, reset their passwords (routes of Access.OWNER). */
public final class UserRoutes {
    private final Accounts accounts;
    private final Consumer<User> onNewUser;

    public UserRoutes(Accounts accounts, Consumer<User> onNewUser) {
        this.accounts = accounts;
        this.onNewUser = onNewUser;
    }


    public void list(Context ctx) {
        Api.json(ctx, 200, AccountCodec.listToJson(accounts.list().stream().map(User::wire).toList()));
    }

    public void add(Context ctx) {
        JsonObject body = Json.parseObject(Api.jsonBody(ctx));
        User member = accounts.addMember(JsonFields.string(body, "name", ""), JsonFields.string(body, "password", ""));
        onNewUser.accept(member);
        Api.json(ctx, 201, AccountCodec.toJson(member.wire()));
    }

    public void remove(Context ctx) {
        if (!accounts.remove(ctx.pathParam("id"))) {
            throw ApiException.notFound("User");
        }
        ctx.status(204);
    }

    public void resetPassword(Context ctx) {
        JsonObject body = Json.parseObject(Api.jsonBody(ctx));
        if (!accounts.resetPassword(ctx.pathParam("id"), JsonFields.string(body, "password", ""))) {
            throw ApiException.notFound("User");
        }
        ctx.status(204);
    }
}
