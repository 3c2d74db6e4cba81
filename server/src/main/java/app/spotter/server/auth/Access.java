package app.spotter.server.auth;

import io.javalin.security.RouteRole;

/** Who may call a route; every route declares exactly one, and {@link RequestGuards} enforces it before the route. */
public enum Access implements RouteRole {
    /** Anyone, signed in or not: health, readiness, and signing in itself. */
    PUBLIC,
    /** A signed-in user, on their own data. */
    MEMBER,
    /** The household's owner: managing accounts. */
    OWNER,
    /** Whoever runs the server: this machine, or the holder of the metrics token. */
    OPERATOR
}
