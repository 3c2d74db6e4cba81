package app.spotter.client.catalog;

import app.spotter.catalog.ExerciseCatalog;
import app.spotter.client.api.Answers;
import app.spotter.client.api.ApiCall;
import app.spotter.client.platform.HttpClient;

/**
 * The built-in exercise catalog behind the name suggestions of the template editor and the player's exercise form
 * (names, and the kind a name takes), fetched from {@link ExerciseCatalog#PATH} when first asked for. Without it
 * the forms still work: the user types any name and picks the kind. A failed answer is asked again next time.
 */
public final class CatalogSource {
    private final HttpClient http;
    private ExerciseCatalog catalog;
    private boolean asked;

    public CatalogSource(HttpClient http) {
        this.http = http;
    }

    /** The catalog, or null until it has arrived; {@code arrived} runs once when it does. */
    public ExerciseCatalog get(Runnable arrived) {
        if (catalog == null && !asked) {
            asked = true;
            ApiCall.send(http, "GET", ExerciseCatalog.PATH, null, new Answers()
                    .ok(response -> {
                        try {
                            catalog = ExerciseCatalog.parse(response.body());
                        } catch (RuntimeException unreadable) {
                            return; // Suggestions are a help; the forms work without them.
                        }
                        arrived.run();
                    })
                    .failed(failure -> asked = false));
        }
        return catalog;
    }
}
