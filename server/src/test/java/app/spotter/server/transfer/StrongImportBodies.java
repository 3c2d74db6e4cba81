package app.spotter.server.transfer;

import app.spotter.history.WeightUnit;
import app.spotter.json.Json;
import app.spotter.workout.Workout;
import com.grack.nanojson.JsonObject;
import java.util.List;

/** Bodies for {@code POST /api/import/strong}: workouts written as a Strong CSV (the export's own layout), in kg. */
public final class StrongImportBodies {
    private StrongImportBodies() {
    }

    public static String of(List<Workout> workouts) {
        return of(WorkoutCsv.write(workouts, 0, WeightUnit.KG));
    }

    static String of(String csv) {
        JsonObject body = new JsonObject();
        body.put("csv", csv);
        body.put("unit", "kg");
        return Json.write(body);
    }
}
