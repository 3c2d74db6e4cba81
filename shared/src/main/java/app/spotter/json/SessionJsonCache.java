package app.spotter.json;

import app.spotter.session.SessionExercise;

/**
 * Remembers the JSON of each exercise of the last session written. Sessions are immutable and an operation keeps
 * every exercise it did not change as the same object, so a set completion rewrites one exercise, not the whole
 * document. Held by whoever saves the same session over and over (the player's local store).
 */
public final class SessionJsonCache {
    private SessionExercise[] exercises = new SessionExercise[0];
    private String[] json = new String[0];

    String json(int index, SessionExercise exercise) {
        if (index >= exercises.length) {
            SessionExercise[] grownExercises = new SessionExercise[index + 8];
            String[] grownJson = new String[index + 8];
            System.arraycopy(exercises, 0, grownExercises, 0, exercises.length);
            System.arraycopy(json, 0, grownJson, 0, json.length);
            exercises = grownExercises;
            json = grownJson;
        }
        if (exercises[index] != exercise) {
            exercises[index] = exercise;
            json[index] = SessionWriter.exerciseJson(exercise);
        }
        return json[index];
    }
}
