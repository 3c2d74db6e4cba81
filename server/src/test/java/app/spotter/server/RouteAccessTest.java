package app.spotter.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.server.auth.Access;
import app.spotter.server.auth.ApiRoutes.Declared;
import app.spotter.server.ops.Operations;
import app.spotter.server.support.ApiClient;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.support.RunningServer;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.security.Roles;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The route tree (issue 13): every route Javalin serves declares one access, and the access holds for each. */
class RouteAccessTest {
    @TempDir
    Path dir;
    private RunningServer server;

    @BeforeEach
    void start() {
        // Metrics on with a token, so /metrics is registered and refuses a caller without it like the others.
        server = RunningServer.start(dir, Operations.standard().withMetrics(Optional.of("route-audit-token")));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private List<Declared> declared() {
        return server.spotter().routes();
    }

    @Test
    void every_route_javalin_registered_declares_exactly_one_access_and_is_in_the_route_tree() {
        List<Endpoint> registered = server.spotter().endpoints();
        assertTrue(registered.size() >= 35, "the whole API is there: " + registered.size());
        for (Endpoint endpoint : registered) {
            Roles roles = endpoint.metadata(Roles.class);
            Set<?> declaredRoles = roles == null ? Set.of() : roles.getRoles();
            assertEquals(1, declaredRoles.size(), endpoint.method + " " + endpoint.path + " " + declaredRoles);
            assertTrue(declaredRoles.iterator().next() instanceof Access, endpoint.method + " " + endpoint.path);
        }
        Set<String> served = registered.stream().map(e -> e.method + " " + e.path).collect(Collectors.toSet());
        Set<String> tree = declared().stream().map(d -> d.method() + " " + d.path()).collect(Collectors.toSet());
        assertEquals(tree, served, "Javalin serves exactly the routes of the route tree");
        assertEquals(tree.size(), declared().size(), "no route is declared twice");
    }

    @Test
    void only_health_readiness_signing_in_and_the_players_page_are_public() {
        Set<String> open = declared().stream().filter(d -> d.access() == Access.PUBLIC)
                .map(d -> d.method() + " " + d.path()).collect(Collectors.toSet());
        // The player's page is the app shell (static HTML, like index.html for every other app path): no data.
        assertEquals(Set.of("GET /api/health", "GET /api/ready", "GET /api/auth/state", "POST /api/auth/setup",
                "POST /api/auth/login", "POST /api/auth/logout", "GET /workouts/active"), open);
    }

    @Test
    void an_unauthenticated_call_to_every_other_route_answers_401_in_the_api_shape() {
        ApiClient stranger = server.client();
        int checked = 0;
        for (Declared route : declared()) {
            if (route.access() == Access.PUBLIC) {
                continue;
            }
            Reply reply = stranger.send(request(route));
            assertEquals(401, reply.status(), route + ": " + reply.body());
            assertTrue(Json.parseObject(reply.body()).getString("error").length() > 0, route + ": " + reply.body());
            checked++;
        }
        assertTrue(checked >= 29, "checked " + checked);
    }

    @Test
    void a_member_gets_403_from_every_owner_route_and_is_served_on_the_member_routes() {
        ApiClient member = server.addMember("Sam", "member password 1");
        int owners = 0;
        for (Declared route : declared()) {
            if (route.access() == Access.OWNER) {
                Reply reply = member.send(request(route));
                assertEquals(403, reply.status(), route + ": " + reply.body());
                owners++;
            } else if (route.access() == Access.MEMBER && route.method().equals(HandlerType.GET)
                    && !route.path().contains("{")) {
                Reply reply = member.send(request(route));
                assertTrue(reply.status() != 401 && reply.status() != 403, route + ": " + reply.status());
            }
        }
        assertEquals(4, owners, "the household routes");
    }

    /** The route with each path parameter filled in, and an empty JSON body where the method takes one. */
    private HttpRequest.Builder request(Declared route) {
        String path = route.path().replaceAll("\\{[^}]+}", "x");
        HttpRequest.BodyPublisher body = route.method().equals(HandlerType.POST)
                || route.method().equals(HandlerType.PUT)
                ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody();
        return HttpRequest.newBuilder(URI.create(server.url(path))).header("Content-Type", "application/json")
                .method(route.method().name(), body);
    }
}
