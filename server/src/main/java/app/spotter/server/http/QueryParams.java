package app.spotter.server.http;

import app.spotter.history.WeightUnit;
import io.javalin.http.Context;

/** Query parameters read the same way everywhere: a bad number or unit is a 400 naming the parameter. */
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

    /** A kg/lb choice ({@link WeightUnit#parse}'s spellings); kilograms when the parameter is absent. */
    public static WeightUnit weightUnit(Context ctx, String name) {
        try {
            return WeightUnit.parse(ctx.queryParam(name));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(name, name + " must be kg or lb");
        }
    }
}
