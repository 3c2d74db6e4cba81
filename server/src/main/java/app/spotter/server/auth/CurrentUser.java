package app.spotter.server.auth;

import io.javalin.http.Context;

/** The signed-in user of a request, put there by {@link RequestGuards}; every data route reads it from here. */
public final class CurrentUser {
    private static final String ATTRIBUTE = "spotter.user";

    private CurrentUser() {
    }

    static void set(Context ctx, User user) {
        ctx.attribute(ATTRIBUTE, user);
    }

    public static User of(Context ctx) {
        User user = ctx.attribute(ATTRIBUTE);
        if (user == null) {
            throw new IllegalStateException("route " + ctx.path() + " is not behind the sign-in guard");
        }
        return user;
    }

    public static String id(Context ctx) {
        return of(ctx).id();
    }
}
