package app.spotter.server.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.history.LoggedWorkout;
import app.spotter.history.WeightUnit;
import app.spotter.json.Json;
import app.spotter.server.support.ApiClient;
import app.spotter.server.support.RunningServer;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import app.spotter.workout.WorkoutExercise;
import app.spotter.workout.WorkoutSet;
import com.grack.nanojson.JsonObject;
import com.grack.nanojson.JsonWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log as CSV in pounds ({@code ?unit=lb}): what was typed in pounds is written, and read back to the gram. */
class PoundsCsvApiTest {
    private static final long T0 = 1_704_067_200_000L;
    private static final double[] TYPED_LB = {115, 225, 102.5, 45.5};

    @TempDir
    Path dir;
    private RunningServer server;

    @BeforeEach
    void startServer() {
        server = RunningServer.start(dir);
        // What the player stores for weights typed in pounds: each converted once, to the gram.
        Workout typedInPounds = LoggedWorkout.named("lb", "Pounds day", T0)
                .exercise("Bench press", ExerciseKind.WEIGHT_REPS)
                .reps(5, lb(TYPED_LB[0])).reps(3, lb(TYPED_LB[1])).reps(8, lb(TYPED_LB[2]))
                .exercise("Farmer's carry", ExerciseKind.WEIGHT_DURATION).timed(40, 0, lb(TYPED_LB[3]))
                .exercise("Rowing machine", ExerciseKind.DISTANCE_DURATION).timed(480, 2000, 0)
                .finish(3600);
        assertEquals(201, server.post("/api/workouts", WorkoutCodec.write(typedInPounds)).status());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static double lb(double pounds) {
        return WeightUnit.LB.toKg(pounds);
    }

    private static List<Double> weights(ApiClient client) {
        List<Double> weights = new ArrayList<>();
        for (Workout workout : WorkoutCodec.readList(client.get("/api/workouts").body())) {
            for (WorkoutExercise exercise : workout.visibleExercises()) {
                if (exercise.kind().takesWeight()) {
                    exercise.visibleSets().stream().map(WorkoutSet::weightValue).forEach(weights::add);
                }
            }
        }
        return weights;
    }

    @Test
    void unitLbWritesTheLbsHeaderAndTheWeightsAsTypedInPoundsWithDistanceStillInMetres() {
        ApiClient.Reply reply = server.get("/api/export/csv?unit=lb");
        assertEquals(200, reply.status(), reply.body());
        String[] lines = reply.body().split("\n");
        assertEquals("Date,Workout Name,Duration,Exercise Name,Set Order,Weight (lbs),Reps,Distance (meters),Seconds,"
                + "Notes,Workout Notes,RPE", lines[0]);
        assertEquals(6, lines.length, reply.body());
        assertEquals(",Bench press,1,115,5,,,,,", lines[1].substring(lines[1].indexOf(",Bench")));
        assertEquals(",Bench press,2,225,3,,,,,", lines[2].substring(lines[2].indexOf(",Bench")));
        assertEquals(",Bench press,3,102.5,8,,,,,", lines[3].substring(lines[3].indexOf(",Bench")));
        assertEquals(",Farmer's carry,1,45.5,,,40,,,", lines[4].substring(lines[4].indexOf(",Farmer")));
        assertEquals(",Rowing machine,1,,,2000,480,,,", lines[5].substring(lines[5].indexOf(",Rowing")));
    }

    @Test
    void unitKgOrNoUnitWritesTheStoredKilograms() {
        String csv = server.get("/api/export/csv").body();
        assertEquals(csv, server.get("/api/export/csv?unit=kg").body());
        String bench = csv.split("\n")[1];
        assertEquals(",Bench press,1,52.163,5,,,,,", bench.substring(bench.indexOf(",Bench")), "115 lb as stored");
    }

    @Test
    void aCsvInPoundsImportedAsAStrongFileInPoundsStoresTheSameKilogramsBitForBit() {
        String csv = server.get("/api/export/csv?unit=lb&utcOffsetMinutes=60").body();
        assertTrue(csv.startsWith("Date,Workout Name,Duration,Exercise Name,Set Order,Weight (lbs),"), csv);
        ApiClient sam = server.addMember("Sam", "sams password");
        String body = JsonWriter.string().object().value("csv", csv).value("unit", "lb").value("utcOffsetMinutes", 60)
                .end().done();
        ApiClient.Reply reply = sam.post("/api/import/strong", body);
        assertEquals(200, reply.status(), reply.body());
        JsonObject outcome = Json.parseObject(reply.body());
        assertEquals(1, outcome.getInt("workoutsAdded"), reply.body());
        assertEquals(0, outcome.getInt("skippedRows"), reply.body());

        List<Double> original = weights(server.owner());
        assertEquals(List.of(lb(115), lb(225), lb(102.5), lb(45.5)), original);
        assertEquals(original, weights(sam), "Double.equals: the same bits, not merely close");
        Workout back = WorkoutCodec.readList(sam.get("/api/workouts").body()).get(0);
        assertEquals(2000, back.visibleExercises().get(2).visibleSets().get(0).distanceValue(), "metres stay metres");
    }

    @Test
    void anUnknownUnitIsRefusedNamingTheParameter() {
        ApiClient.Reply reply = server.get("/api/export/csv?unit=stone");
        assertEquals(400, reply.status(), reply.body());
        JsonObject error = Json.parseObject(reply.body());
        assertEquals("unit", error.getString("field"), reply.body());
        assertEquals("unit must be kg or lb", error.getString("error"), reply.body());
    }
}
