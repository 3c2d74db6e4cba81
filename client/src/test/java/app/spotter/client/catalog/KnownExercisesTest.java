package app.spotter.client.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.spotter.catalog.CustomExercise;
import app.spotter.catalog.CustomExerciseCodec;
import app.spotter.catalog.ExerciseCatalog;
import app.spotter.client.platform.HttpClient;
import app.spotter.client.platform.HttpResponse;
import app.spotter.client.platform.MemoryStorage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnownExercisesTest {
    private static final String CATALOG = "bench\tBench Press\tweight_reps\tchest\tbarbell\tBench\n";
    private static final String KEY = "spotter.v1.u.u1.customExercises";
    private static final CustomExercise ANDERSON = new CustomExercise("c-1", "Anderson Squat", "weight_reps", "quads",
            "barbell", 5);

    private final List<String> paths = new ArrayList<>();
    private final List<HttpClient.HttpCallback> pending = new ArrayList<>();
    private final HttpClient http = (method, path, body, callback) -> {
        paths.add(method + " " + path);
        pending.add(callback);
    };
    private final MemoryStorage storage = new MemoryStorage();
    private final CustomExerciseList custom = new CustomExerciseList(http, storage, KEY);
    private final KnownExercises known = new KnownExercises(new CatalogSource(http), custom);
    private int arrivals;

    private void answer(String path, int status, String body) {
        answer(paths.indexOf("GET " + path), status, body);
    }

    private void answer(int i, int status, String body) {
        paths.remove(i);
        pending.remove(i).done(new HttpResponse(status, body));
    }

    @Test
    void thePickerOffersCustomExercisesBesideTheCatalogAndMatchesTheirKind() {
        assertNull(known.get(() -> arrivals++));
        answer(CustomExerciseList.PATH, 200, CustomExerciseCodec.writeList(List.of(ANDERSON)));
        answer(ExerciseCatalog.PATH, 200, CATALOG);
        ExerciseCatalog both = known.get(() -> arrivals++);
        assertEquals(List.of("Bench Press", "Anderson Squat"), both.all().stream().map(e -> e.name()).toList());
        assertEquals("weight_reps", both.match("anderson-squat").kind());
        assertEquals(CustomExerciseCodec.writeList(List.of(ANDERSON)), storage.get(KEY), "kept for offline");
    }

    @Test
    void offlineTheStoredListIsOfferedAndAnAnswerFromBeforeAChangeIsIgnored() {
        storage.put(KEY, CustomExerciseCodec.writeList(List.of(ANDERSON)));
        known.get(() -> arrivals++);
        answer(CustomExerciseList.PATH, HttpResponse.UNREACHABLE, "");
        answer(ExerciseCatalog.PATH, 200, CATALOG);
        assertEquals(2, known.get(() -> arrivals++).all().size(), "offline: the device's copy");

        custom.stale();
        custom.refresh(() -> arrivals++);
        custom.stale();
        custom.refresh(() -> arrivals++);
        CustomExercise renamed = new CustomExercise("c-1", "Anderson Box Squat", "weight_reps", "", "", 5);
        answer(paths.lastIndexOf("GET " + CustomExerciseList.PATH), 200,
                CustomExerciseCodec.writeList(List.of(renamed)));
        answer(CustomExerciseList.PATH, 200, CustomExerciseCodec.writeList(List.of()));
        assertEquals(List.of(renamed), custom.current(), "the later request's answer wins in any order");
    }
}
