package app.spotter.client.player;

import app.spotter.client.api.ApiCall;
import app.spotter.client.platform.HttpClient;
import app.spotter.client.templates.TemplateApi;
import app.spotter.history.LastTimeCodec;
import app.spotter.history.PastSet;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** What the user did last time in each exercise of the workout ({@code GET /api/exercises/last}), and the fill. */
public final class LastTime {
    static final LastTime NONE = new LastTime(new HashMap<>());
    private final Map<String, List<PastSet>> byExercise;

    LastTime(Map<String, List<PastSet>> byExercise) {
        this.byExercise = byExercise;
    }

    /** The sets of last time for {@code exercise}; empty when it was never done (or the server did not answer). */
    public List<PastSet> of(String exercise) {
        List<PastSet> sets = byExercise.get(exercise);
        return sets == null ? List.of() : sets;
    }

    /** Whether no exercise of the session was ever done before (nothing to show). */
    boolean isEmpty() {
        for (List<PastSet> sets : byExercise.values()) {
            if (!sets.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Asks once for every exercise of the session; an unreachable server leaves last time empty. */
    static void fetch(HttpClient http, Workout workout, Consumer<LastTime> arrived) {
        StringBuilder query = new StringBuilder();
        for (WorkoutExercise exercise : workout.visibleExercises()) {
            query.append(query.length() == 0 ? "?" : "&").append("name=")
                    .append(TemplateApi.encodeSegment(exercise.nameValue()));
        }
        // Last time is a hint: unreachable, refused or unreadable, the player works as before without it.
        ApiCall.send(http, "GET", "/api/exercises/last" + query, null, LastTime::read,
                ApiCall.Callback.of(arrived, unreadable -> { }));
    }

    static LastTime read(String body) {
        return new LastTime(LastTimeCodec.read(body));
    }
}
