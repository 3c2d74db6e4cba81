package app.spotter.server.http;

import io.javalin.http.Context;

/** Query parameters read the same way everywhere: a bad number is a 400 naming the parameter. */
public final class QueryParams {
    private QueryParams() {
    }

    public static long longValue(Context ctx, String name, long fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name, name + " must be a whole number");
        }
    }
}
