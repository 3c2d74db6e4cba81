package app.spotter.client.templates;

import app.spotter.catalog.ExerciseCatalog;
import app.spotter.client.platform.HttpClient;

/**
 * The built-in exercise catalog behind the editor's name suggestions, and the kind a known name takes. Asked for
 * once per editor; until it arrives, or without it, the user types any name and picks the kind.
 */
final class ExerciseNames {
    private final HttpClient http;
    private ExerciseCatalog catalog;
    private boolean requested;

    ExerciseNames(HttpClient http) {
        this.http = http;
    }

    /** The catalog, or null while it is on its way; {@code arrived} runs once it is here. */
    ExerciseCatalog catalog(Runnable arrived) {
        if (!requested) {
            requested = true;
            http.send("GET", ExerciseCatalog.PATH, null, response -> {
                if (!response.ok()) {
                    return;
                }
                try {
                    catalog = ExerciseCatalog.parse(response.body());
                } catch (RuntimeException unreadable) {
                    return;
                }
                arrived.run();
            });
        }
        return catalog;
    }
}
