package app.spotter.client.exercises;

import app.spotter.catalog.CustomExercise;
import app.spotter.catalog.CustomExerciseCodec;
import app.spotter.catalog.ExerciseMergedCodec;
import app.spotter.client.api.ApiCall;
import app.spotter.client.api.ApiCall.Callback;
import app.spotter.client.platform.HttpClient;
import app.spotter.json.Json;
import com.grack.nanojson.JsonObject;

/** The server's custom exercise endpoints as calls that answer through a {@link Callback}. */
final class CustomExerciseApi {
    private static final String BASE = "/api/custom-exercises";

    private final HttpClient http;

    CustomExerciseApi(HttpClient http) {
        this.http = http;
    }

    void add(CustomExercise exercise, Callback<CustomExercise> callback) {
        ApiCall.send(http, "POST", BASE, CustomExerciseCodec.writeNew(exercise), CustomExerciseCodec::read, callback);
    }

    void update(CustomExercise exercise, Callback<CustomExercise> callback) {
        ApiCall.send(http, "PUT", BASE + "/" + exercise.id(), CustomExerciseCodec.writeNew(exercise),
                CustomExerciseCodec::read, callback);
    }

    /** Moves the history of {@code fromId} to {@code intoId}; answers the name the history now has. */
    void merge(String fromId, String intoId, Callback<String> callback) {
        JsonObject body = new JsonObject();
        body.put("from", fromId);
        body.put("into", intoId);
        ApiCall.send(http, "POST", "/api/exercises/merge", Json.write(body),
                text -> ExerciseMergedCodec.read(text).into(), callback);
    }
}
