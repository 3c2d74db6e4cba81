package app.spotter.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.support.RunningServer;
import app.spotter.server.support.ApiClient.Reply;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppRoutesTest {
    @TempDir
    Path dir;

    @Test
    void every_app_route_serves_the_app_so_a_reload_works_anywhere() {
        try (RunningServer server = RunningServer.start(dir)) {
            for (String path : new String[] {"/", "/workouts", "/workouts/new", "/workouts/abc/edit",
                    "/workouts/active", "/workouts/active/", "/workouts/active/extra", "/history", "/history/some-id", "/settings/users"}) {
                Reply reply = server.get(path);
                assertEquals(200, reply.status(), path);
                assertTrue(reply.contentType().startsWith("text/html"), path + " " + reply.contentType());
                // The player's page only for its exact route: a deeper path gets the whole app (and its "not found").
                String bundle = path.matches("/workouts/active/?") ? "/js/player.js" : "/js/spotter.js";
                assertTrue(reply.body().contains(bundle) && reply.body().contains("/js/start.js"),
                        path + " loads " + bundle + ": " + reply.body());
            }
        }
    }

    // The compiled bundles are made at package time (TeaVM, prepare-package): PackagedJarSmokeTest and
    // ShippedJarContentsTest find them in the JAR.
    @Test
    void the_styles_and_the_start_script_are_served() {
        try (RunningServer server = RunningServer.start(dir)) {
            assertEquals(200, server.get("/css/app.css").status());
            assertEquals(200, server.get("/js/start.js").status());
        }
    }
}
