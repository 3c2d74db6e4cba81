package app.spotter.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.spotter.validation.ValidationException;
import app.spotter.workout.ExerciseKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkoutSummaryCodecTest {
    private static final WorkoutSummary SUMMARY = new WorkoutSummary(3725, 11, 12, 4820.5, List.of(
            new BestSet("Squat", 5, 120, 140, ExerciseKind.WEIGHT_REPS, 0, 0),
            new BestSet("Plank", 0, 0, 0, ExerciseKind.DURATION, 90, 0),
            new BestSet("Run", 0, 0, 0, ExerciseKind.DISTANCE_DURATION, 1500, 5000)), List.of(
            new PersonalRecord("Squat", PersonalRecord.Kind.HEAVIEST_WEIGHT, 120, 115, 5, 120,
                    ExerciseKind.WEIGHT_REPS, 0, 0),
            new PersonalRecord("Squat", PersonalRecord.Kind.MOST_REPS_AT_WEIGHT, 5, 0, 5, 120,
                    ExerciseKind.WEIGHT_REPS, 0, 0),
            new PersonalRecord("Run", PersonalRecord.Kind.BEST_PACE, 300, 320, 0, 0,
                    ExerciseKind.DISTANCE_DURATION, 1500, 5000)));

    @Test
    void aSummaryRoundTripsExactly() {
        assertEquals(SUMMARY, WorkoutSummaryCodec.read(WorkoutSummaryCodec.write(SUMMARY)));
        WorkoutSummary empty = new WorkoutSummary(0, 0, 0, 0, List.of(), List.of());
        assertEquals(empty, WorkoutSummaryCodec.read(WorkoutSummaryCodec.write(empty)));
    }

    @Test
    void theWireFormKeepsItsFieldNamesAndGivesEachRecordItsUnit() {
        String json = WorkoutSummaryCodec.write(SUMMARY);
        assertEquals(true, json.startsWith("{\"durationSeconds\":3725,\"setsDone\":11,\"setsPlanned\":12,"
                + "\"volumeKg\":4820.5,\"bestSets\":[{\"exercise\":\"Squat\",\"kind\":\"weight_reps\",\"reps\":5,"
                + "\"weight\":120.0,\"estimatedOneRepMax\":140.0,\"durationSeconds\":0,\"distanceMeters\":0.0}"), json);
        assertEquals(true, json.contains("{\"exercise\":\"Run\",\"kind\":\"best_pace\","
                + "\"exerciseKind\":\"distance_duration\",\"value\":300.0,\"unit\":\"s/km\",\"previous\":320.0,"
                + "\"reps\":0,\"weight\":0.0,\"durationSeconds\":1500,\"distanceMeters\":5000.0}"), json);
    }

    @Test
    void aMissingOrRenamedFieldIsAnErrorNotAZero() {
        String json = WorkoutSummaryCodec.write(SUMMARY);
        for (String field : List.of("setsPlanned", "volumeKg", "bestSets", "records", "estimatedOneRepMax",
                "exerciseKind", "previous", "unit", "distanceMeters")) {
            assertThrows(ValidationException.class,
                    () -> WorkoutSummaryCodec.read(json.replace("\"" + field + "\"", "\"x" + field + "\"")), field);
        }
    }

    @Test
    void anUnknownKindOrAUnitThatIsNotTheRecordsIsRefused() {
        String json = WorkoutSummaryCodec.write(SUMMARY);
        assertEquals("records[2].kind", assertThrows(ValidationException.class,
                () -> WorkoutSummaryCodec.read(json.replace("best_pace", "fastest"))).first().field());
        assertEquals("records[2].unit", assertThrows(ValidationException.class,
                () -> WorkoutSummaryCodec.read(json.replace("s/km", "min/km"))).first().field());
        assertEquals("bestSets[1].kind", assertThrows(ValidationException.class,
                () -> WorkoutSummaryCodec.read(json.replace("\"kind\":\"duration\"", "\"kind\":\"hold\"")))
                .first().field());
    }
}
