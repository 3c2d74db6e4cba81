package app.spotter.client.player;

import app.spotter.client.platform.KeyValueStore;
import app.spotter.json.SessionCodec;
import app.spotter.session.WorkoutSession;
import app.spotter.templates.ExercisePlan;
import app.spotter.templates.SetTarget;
import app.spotter.templates.WorkoutTemplate;
import java.util.List;

/** Values of the previous release (session model 1), to write the schema-1 data a device may still hold. */
final class SchemaOneTemplates {
    private SchemaOneTemplates() {
    }

    /** Writes a session as the previous release's player kept it under the active key. */
    static void storeActive(KeyValueStore storage, StorageKeys keys, WorkoutSession session, long now) {
        storage.put(keys.activeSession(), "{\"sessionData\":" + SessionCodec.write(session)
                + ",\"restTimeRemaining\":" + session.restRemainingSeconds(now) + ",\"savedAt\":" + now + "}");
    }

    static WorkoutTemplate push() {
        return new WorkoutTemplate("t-push", "Push day", List.of(
                new ExercisePlan("Bench press", 90, List.of(new SetTarget(8, 60.0), new SetTarget(8, 62.5))),
                new ExercisePlan("Overhead press", 60, List.of(new SetTarget(10, 40.0)))));
    }
}
