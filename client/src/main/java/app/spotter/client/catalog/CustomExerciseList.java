package app.spotter.client.catalog;

import app.spotter.catalog.CustomExercise;
import app.spotter.catalog.CustomExerciseCodec;
import app.spotter.client.api.Answers;
import app.spotter.client.api.ApiCall;
import app.spotter.client.platform.HttpClient;
import app.spotter.client.platform.KeyValueStore;
import app.spotter.client.platform.StorageFullException;
import java.util.List;

/**
 * The user's custom exercises as this device last saw them: kept in device storage under the user's key, so the
 * pickers offer them offline too, and fetched again from {@code /api/custom-exercises} once per screen.
 */
public final class CustomExerciseList {
    static final String PATH = "/api/custom-exercises";

    private final HttpClient http;
    private final KeyValueStore storage;
    private final String key;
    private List<CustomExercise> exercises;
    private boolean asked;
    private int requests;

    public CustomExerciseList(HttpClient http, KeyValueStore storage, String key) {
        this.http = http;
        this.storage = storage;
        this.key = key;
    }

    /** The list as known now: the last answer, else the stored copy, else none. */
    public List<CustomExercise> current() {
        if (exercises == null) {
            exercises = read(storage.get(key));
        }
        return exercises;
    }

    /** Asks the server once (again after a failure); {@code changed} runs when a newer list has arrived. */
    public void refresh(Runnable changed) {
        if (asked) {
            return;
        }
        asked = true;
        int asking = ++requests;
        ApiCall.send(http, "GET", PATH, null, new Answers()
                .ok(response -> {
                    // An answer from before this device's last change is dropped: a newer one is on its way.
                    if (asking == requests && keep(response.body())) {
                        changed.run();
                    }
                })
                .failed(failure -> {
                    if (asking == requests) {
                        asked = false;
                    }
                }));
    }

    /** Takes the server's text of the list (an answer to this or another request); false when it is unreadable. */
    public boolean keep(String text) {
        List<CustomExercise> list;
        try {
            list = CustomExerciseCodec.readList(text);
        } catch (RuntimeException unreadable) {
            return false;
        }
        exercises = list;
        try {
            storage.put(key, text);
        } catch (StorageFullException full) {
            // Offline the picker then lacks them; online they come with the next answer.
        }
        return true;
    }

    /** Asks the server on the next {@link #refresh}, after this device changed the list. */
    public void stale() {
        asked = false;
    }

    private static List<CustomExercise> read(String text) {
        if (text == null) {
            return List.of();
        }
        try {
            return CustomExerciseCodec.readList(text);
        } catch (RuntimeException unreadable) {
            return List.of();
        }
    }
}
