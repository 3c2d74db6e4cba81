package app.spotter.server.auth;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way to declare a route: each call names the {@link Access} the route needs, so none can be added without
 * one, and the declarations are kept for the audit that compares them with what Javalin registered.
 */
public final class ApiRoutes {
    /** A declared route: method, path template and the access it needs. */
    public record Declared(HandlerType method, String path, Access access) {
    }

    private final RoutesConfig routes;
    private final List<Declared> declared = new ArrayList<>();

    public ApiRoutes(RoutesConfig routes) {
        this.routes = routes;
    }

    public ApiRoutes get(String path, Access access, Handler handler) {
        return add(HandlerType.GET, path, access, handler);
    }

    public ApiRoutes post(String path, Access access, Handler handler) {
        return add(HandlerType.POST, path, access, handler);
    }

    public ApiRoutes put(String path, Access access, Handler handler) {
        return add(HandlerType.PUT, path, access, handler);
    }

    public ApiRoutes delete(String path, Access access, Handler handler) {
        return add(HandlerType.DELETE, path, access, handler);
    }

    private ApiRoutes add(HandlerType method, String path, Access access, Handler handler) {
        declared.add(new Declared(method, path, access));
        routes.addHttpHandler(method, path, handler, access);
        return this;
    }

    public List<Declared> declared() {
        return List.copyOf(declared);
    }
}
