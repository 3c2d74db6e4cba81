package app.spotter.server.auth;

import app.spotter.account.AccountCodec;
import app.spotter.account.AuthState;
import app.spotter.account.SignedInUser;
import app.spotter.json.Json;
import app.spotter.json.JsonFields;
import app.spotter.server.http.Api;
import app.spotter.server.http.ApiException;
import app.spotter.server.http.ClientAddress;
import com.grack.nanojson.JsonObject;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/** HTTP for signing in: first-run setup of the owner, sign-in, sign-out, and who is signed in. */
public final class AuthRoutes {
    private static final String WRONG = "Wrong name or password";

    private final Accounts accounts;
    private final SignIns signIns;
    private final SessionCookie cookie;
    private final LoginLimiter limiter;
    private final boolean behindProxy;
    private final Consumer<User> onNewUser;
    private final DeviceCookie devices;
    private final LongSupplier clock;

    public AuthRoutes(Accounts accounts, SignIns signIns, SessionCookie cookie, LoginLimiter limiter,
                      boolean behindProxy, Consumer<User> onNewUser, LongSupplier clock) {
        this.devices = new DeviceCookie(cookie);
        this.clock = clock;
        this.accounts = accounts;
        this.signIns = signIns;
        this.cookie = cookie;
        this.limiter = limiter;
        this.behindProxy = behindProxy;
        this.onNewUser = onNewUser;
    }


    public void state(Context ctx) {
        SignedInUser user = signIns.resolve(cookie.read(ctx)).map(User::wire).orElse(null);
        Api.json(ctx, 200, AccountCodec.stateToJson(new AuthState(accounts.setupNeeded(), user)));
    }

    public void setup(Context ctx) {
        JsonObject body = Json.parseObject(Api.jsonBody(ctx));
        User owner = accounts.createOwner(JsonFields.string(body, "name", ""), JsonFields.string(body, "password", ""));
        onNewUser.accept(owner);
        signIn(ctx, owner, 201);
    }

    public void login(Context ctx) {
        JsonObject body = Json.parseObject(Api.jsonBody(ctx));
        String name = JsonFields.string(body, "name", "");
        String address = address(ctx);
        String device = trustedDevice(ctx, name);
        long wait = limiter.waitSeconds(address, name, device);
        if (wait > 0) {
            ctx.header("Retry-After", String.valueOf(wait));
            throw ApiException.tooManyRequests("Too many sign-in attempts. Try again in " + wait + " seconds.");
        }
        Optional<User> user = accounts.check(name, JsonFields.string(body, "password", ""));
        if (user.isEmpty()) {
            limiter.failed(address, name, device);
            throw ApiException.unauthorized(WRONG);
        }
        limiter.succeeded(address, name, device);
        signIn(ctx, user.get(), 200);
    }

    public void logout(Context ctx) {
        signIns.revoke(cookie.read(ctx));
        cookie.clear(ctx);
        ctx.status(204);
    }

    private void signIn(Context ctx, User user, int status) {
        cookie.write(ctx, signIns.start(user));
        accounts.passwordHashOf(user.id()).ifPresent(key ->
                devices.write(ctx, DeviceCookie.issue(user.id(), clock.getAsLong(), key)));
        Api.json(ctx, status, AccountCodec.toJson(user.wire()));
    }

    /** The device cookie, when it vouches for the account being signed in to and has not failed too often. */
    private String trustedDevice(Context ctx, String name) {
        String value = devices.read(ctx);
        if (value == null || value.isEmpty()) {
            return null;
        }
        Optional<String> vouchedFor = DeviceCookie.userIdOf(value, accounts::passwordHashOf);
        boolean forThisAccount = vouchedFor.isPresent() && vouchedFor.equals(accounts.idOfName(name));
        return forThisAccount && limiter.deviceInGoodStanding(value) ? value : null;
    }

    /** The client's address; behind a trusted proxy, the one the proxy saw (the last X-Forwarded-For entry). */
    private String address(Context ctx) {
        return ClientAddress.pick(behindProxy ? ctx.header("X-Forwarded-For") : null, ctx.ip());
    }
}
