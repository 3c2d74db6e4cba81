package app.spotter.client.player;

import app.spotter.catalog.ExerciseCatalog;
import app.spotter.client.platform.HttpClient;

/**
 * The built-in exercise catalog for the exercise form's suggestions (names, and the kind a name takes), fetched
 * once from {@link ExerciseCatalog#PATH} when the form first opens. Without it the form still works: the user
 * picks the kind.
 */
final class CatalogSource {
    private final HttpClient http;
    private ExerciseCatalog catalog;
    private boolean asked;

    CatalogSource(HttpClient http) {
        this.http = http;
    }

    /** The catalog, or null until it has arrived; {@code arrived} runs once when it does. */
    ExerciseCatalog get(Runnable arrived) {
        if (catalog == null && !asked) {
            asked = true;
            http.send("GET", ExerciseCatalog.PATH, null, response -> {
                if (response.ok()) {
                    try {
                        catalog = ExerciseCatalog.parse(response.body());
                        arrived.run();
                    } catch (RuntimeException unreadable) {
                        // Suggestions are a help; the form works without them.
                    }
                } else {
                    asked = false;
                }
            });
        }
        return catalog;
    }
}
