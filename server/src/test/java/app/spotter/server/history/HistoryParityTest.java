package app.spotter.server.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.history.KindMeasures;
import app.spotter.history.KindProgressPoint;
import app.spotter.history.LoggedWorkout;
import app.spotter.history.PersonalRecord;
import app.spotter.history.PersonalRecords;
import app.spotter.history.Progress;
import app.spotter.json.Json;
import app.spotter.server.support.RunningServer;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetEdits;
import app.spotter.workout.SetType;
import app.spotter.workout.Stamp;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server answers records and progress from its per-workout aggregates (exercise_bests); the shared rules
 * ({@link PersonalRecords}, {@link Progress}) answer them from the documents. On a generated history with every
 * kind and set type, names in two spellings, an amended and a deleted workout, over more than a year (so records
 * come from {@link RecordBuckets} as well), both must say the same, exactly.
 */
class HistoryParityTest {
    private static final long T0 = 1_704_067_200_000L;
    private static final long DAY = 86_400_000L;
    /** Between two workouts: the 40 then span more than one stretch of each of RecordBuckets' spans. */
    private static final long APART = 11 * DAY;
    private static final List<String> NAMES = List.of("Squat", "squat", "Plank", "Run", "Pull-up", "Dip", "Carry");
    private static final SetType[] TYPES = SetType.values();

    @TempDir
    Path dir;
    private RunningServer server;

    @BeforeEach
    void start() {
        server = RunningServer.start(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void recordsAndProgressFromTheAggregatesEqualTheSharedRulesOverTheDocuments() {
        Random random = new Random(14);
        for (int i = 0; i < 40; i++) {
            Workout workout = generated(random, "w" + i, T0 + i * APART);
            assertEquals(201, server.post("/api/workouts", WorkoutCodec.write(workout)).status());
            if (i == 12) {
                // The amend turns two first sets into warm-ups: what they counted toward must go.
                Workout amended = SetEdits.setType(workout, "x0", "x0.s0", SetType.WARMUP,
                        new Stamp(T0 + 100 * DAY, 0, "t"));
                amended = SetEdits.setType(amended, "x1", "x1.s0", SetType.WARMUP,
                        new Stamp(T0 + 100 * DAY + 1, 0, "t"));
                var reply = server.post("/api/workouts/w12/amend", WorkoutCodec.write(amended));
                assertEquals(200, reply.status(), reply.body());
            }
        }
        assertEquals(204, server.delete("/api/workouts/w20").status());

        List<Workout> log = new ArrayList<>(WorkoutCodec.readList(server.get("/api/workouts").body()));
        log.sort((a, b) -> Long.compare(a.startedAt(), b.startedAt()));
        assertEquals(39, log.size());
        int recordsSeen = 0;
        for (int i = 0; i < log.size(); i++) {
            Workout workout = log.get(i);
            List<PersonalRecord> expected = PersonalRecords.set(workout, log.subList(0, i));
            JsonArray records = Json.parseObject(server.get("/api/workouts/" + workout.sessionId() + "/summary")
                    .body()).getArray("records");
            assertEquals(expected.size(), records.size(), workout.sessionId() + ": " + records);
            for (int r = 0; r < expected.size(); r++) {
                assertRecord(expected.get(r), records.getObject(r));
            }
            recordsSeen += expected.size();
        }
        assertTrue(recordsSeen > 20, "the history sets records to compare: " + recordsSeen);

        for (String name : List.of("Squat", "SQUAT", "Plank", "Run", "Pull-up", "Dip", "Carry")) {
            for (ExerciseKind kind : ExerciseKind.values()) {
                List<KindProgressPoint> expected = Progress.seriesOf(name, kind, log);
                JsonArray points = Json.parseArray(server.get("/api/progress?exercise="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&kind=" + kind.wireName()).body());
                assertEquals(expected.size(), points.size(), name + " " + kind);
                for (int p = 0; p < expected.size(); p++) {
                    JsonObject got = points.getObject(p);
                    assertEquals(expected.get(p).startedAt(), got.getLong("startedAt"));
                    assertEquals(expected.get(p).first(), got.getDouble("value"), 0.0, name + " " + kind);
                    assertEquals(expected.get(p).second(), got.getDouble("secondValue"), 0.0, name + " " + kind);
                }
            }
        }
    }

    @Test
    void everyRecordStoresItsBestInAColumnThatAgreesOnWhichWayIsBetter() {
        for (PersonalRecord.Kind record : PersonalRecord.Kind.values()) {
            assertTrue(RecordColumns.agreesWith(record), record.toString());
        }
    }

    private static void assertRecord(PersonalRecord want, JsonObject got) {
        String what = want.toString();
        assertEquals(want.exercise(), got.getString("exercise"), what);
        assertEquals(want.kind().wireName(), got.getString("kind"), what);
        assertEquals(want.exerciseKind().wireName(), got.getString("exerciseKind"), what);
        assertEquals(KindMeasures.unit(want.kind()), got.getString("unit"), what);
        assertEquals(want.value(), got.getDouble("value"), 0.0, what);
        assertEquals(want.previous(), got.getDouble("previous"), 0.0, what);
        assertEquals(want.reps(), got.getInt("reps"), what);
        assertEquals(want.weight(), got.getDouble("weight"), 0.0, what);
        assertEquals(want.durationSeconds(), got.getInt("durationSeconds"), what);
        assertEquals(want.distanceMeters(), got.getDouble("distanceMeters"), 0.0, what);
    }

    /** Three or four exercises, each of a kind drawn per name (Squat also as reps only), sets of every type. */
    private static Workout generated(Random random, String id, long start) {
        LoggedWorkout workout = LoggedWorkout.started(id, start);
        int exercises = 3 + random.nextInt(2);
        for (int e = 0; e < exercises; e++) {
            String name = NAMES.get(random.nextInt(NAMES.size()));
            workout.exercise(name, kindOf(name, random));
            int sets = 1 + random.nextInt(4);
            for (int s = 0; s < sets; s++) {
                workout.set(TYPES[random.nextInt(TYPES.length)], random.nextInt(13),
                        random.nextInt(5) == 0 ? 0 : 2.5 * random.nextInt(60), random.nextInt(4) == 0 ? 0
                                : 10 * random.nextInt(90), random.nextInt(4) == 0 ? 0 : 100 * random.nextInt(80),
                        random.nextInt(6) != 0);
            }
        }
        return workout.finish(3600);
    }

    private static ExerciseKind kindOf(String name, Random random) {
        switch (name.toLowerCase()) {
            case "squat":
                return random.nextInt(5) == 0 ? ExerciseKind.REPS_ONLY : ExerciseKind.WEIGHT_REPS;
            case "plank":
                return ExerciseKind.DURATION;
            case "run":
                return ExerciseKind.DISTANCE_DURATION;
            case "pull-up":
                return random.nextBoolean() ? ExerciseKind.BODYWEIGHT_REPS : ExerciseKind.ASSISTED;
            case "dip":
                return ExerciseKind.ASSISTED;
            default:
                return ExerciseKind.WEIGHT_DURATION;
        }
    }
}
