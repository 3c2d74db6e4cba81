package app.spotter.client.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.spotter.catalog.ExerciseCatalog;
import app.spotter.client.platform.HttpClient;
import app.spotter.client.platform.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogSourceTest {
    private static final String ONE_EXERCISE = "bench\tBench Press\tweight_reps\tchest\tbarbell\tBench\n";

    private final List<String> paths = new ArrayList<>();
    private final List<HttpClient.HttpCallback> pending = new ArrayList<>();
    private final CatalogSource source = new CatalogSource((method, path, body, callback) -> {
        paths.add(method + " " + path);
        pending.add(callback);
    });
    private int arrivals;

    private void answer(int status, String body) {
        pending.remove(0).done(new HttpResponse(status, body));
    }

    @Test
    void theCatalogIsFetchedOnceAndArrivalIsToldOnce() {
        assertNull(source.get(() -> arrivals++));
        assertNull(source.get(() -> arrivals++), "still on its way: not asked twice");
        assertEquals(List.of("GET " + ExerciseCatalog.PATH), paths);
        answer(200, ONE_EXERCISE);
        assertEquals(1, arrivals);
        assertEquals("Bench Press", source.get(() -> arrivals++).all().get(0).name());
        assertEquals(1, paths.size());
    }

    @Test
    void aFailedAnswerIsAskedAgainAndAnUnreadableOneGivesNoSuggestions() {
        source.get(() -> arrivals++);
        answer(HttpResponse.UNREACHABLE, "");
        assertNull(source.get(() -> arrivals++));
        assertEquals(2, paths.size(), "offline at first: asked again on the next draw");
        answer(200, "not\ta catalog");
        assertNull(source.get(() -> arrivals++));
        assertEquals(0, arrivals);
    }
}
