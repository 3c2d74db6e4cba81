package app.spotter.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The page of the player's route, {@code /workouts/active}: the app shell that loads the player's own bundle
 * (js/player.js) instead of the whole app's, so a phone reopening its workout downloads and runs a third less script.
 * Only that exact path: every other app route, deeper ones under it included, gets index.html and the whole app.
 */
public final class PlayerPage {
    public static final String PATH = "/workouts/active";
    private static final String RESOURCE = "/webroot/player.html";
    private final String html = load();

    public void serve(Context ctx) {
        // Like the static files: revalidated every time, so a new release's shell is never an old cached copy.
        ctx.header("Cache-Control", "no-cache");
        ctx.html(html);
    }

    private static String load() {
        try (InputStream in = PlayerPage.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the player's page " + RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
