package app.spotter.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The page of the player's route, {@code /workouts/active}: the app shell, index.html, with the player's own bundle
 * (js/player.js) in the place of the whole app's, so a phone reopening its workout downloads and runs a third less
 * script. Only that exact path: every other app route, deeper ones under it included, gets index.html as it is.
 */
public final class PlayerPage {
    public static final String PATH = "/workouts/active";
    private static final String RESOURCE = "/webroot/index.html";
    private static final String WHOLE_APP = "<script src=\"/js/spotter.js\" defer></script>";
    // The two answers the player waits for before it can draw a workout, asked for while its script downloads: the
    // app's own requests for them (the same credentials, "anonymous" on our origin) take these answers.
    private static final String PLAYER_ALONE = "<link rel=\"preload\" href=\"/api/session-draft\" as=\"fetch\""
            + " crossorigin>\n  <link rel=\"preload\" href=\"/api/auth/state\" as=\"fetch\" crossorigin>\n"
            + "  <script src=\"/js/player.js\" defer></script>";
    private final String html = load();

    public void serve(Context ctx) {
        // Like the static files: revalidated every time, so a new release's shell is never an old cached copy.
        ctx.header("Cache-Control", "no-cache");
        ctx.html(html);
    }

    private static String load() {
        try (InputStream in = PlayerPage.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the app shell " + RESOURCE + " is missing from the build");
            }
            String shell = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!shell.contains(WHOLE_APP)) {
                throw new IllegalStateException("the app shell " + RESOURCE + " no longer names " + WHOLE_APP);
            }
            return shell.replace(WHOLE_APP, PLAYER_ALONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
