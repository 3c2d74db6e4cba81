package app.spotter.client.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.client.api.ApiCall.Callback;
import app.spotter.client.platform.HttpResponse;
import app.spotter.history.BestSet;
import app.spotter.history.PersonalRecord;
import app.spotter.history.WeightUnit;
import app.spotter.history.WorkoutSummary;
import app.spotter.history.WorkoutSummaryCodec;
import app.spotter.workout.ExerciseKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordTextTest {
    private static final List<PersonalRecord> RECORDS = List.of(
            new PersonalRecord("Squat", PersonalRecord.Kind.HEAVIEST_WEIGHT, 100, 95, 5, 100,
                    ExerciseKind.WEIGHT_REPS, 0, 0),
            new PersonalRecord("Plank", PersonalRecord.Kind.LONGEST_HOLD, 75, 60, 0, 0, ExerciseKind.DURATION, 75, 0),
            new PersonalRecord("Run", PersonalRecord.Kind.BEST_PACE, 270, 300, 0, 0,
                    ExerciseKind.DISTANCE_DURATION, 1080, 4000),
            new PersonalRecord("Dip", PersonalRecord.Kind.MOST_ADDED_WEIGHT, 10, 5, 5, 10,
                    ExerciseKind.BODYWEIGHT_REPS, 0, 0));
    private static final WorkoutSummary SUMMARY = new WorkoutSummary(1800, 4, 4, 500, List.of(
            new BestSet("Squat", 5, 100, 116.7, ExerciseKind.WEIGHT_REPS, 0, 0),
            new BestSet("Plank", 0, 0, 0, ExerciseKind.DURATION, 75, 0)), RECORDS);

    @Test
    void recordsOfEveryKindAreWordedWithTheirUnit() {
        List<String> texts = RECORDS.stream().map(r -> RecordText.of(r, WeightUnit.KG)).toList();
        assertEquals(List.of("heaviest weight 100 kg (was 95 kg)", "longest hold: 75 s (was 60 s)",
                "best pace: 4:30 /km (was 5:00 /km)", "most added weight: +10 kg (was +5 kg)"), texts);
        assertEquals("most added weight: +22 lb (was +11 lb)", RecordText.of(RECORDS.get(3), WeightUnit.LB));
    }

    @Test
    void bestSetsFollowTheirKind() {
        assertEquals("5 \u00d7 100 kg (est. 1RM 116.7 kg)", SummaryBlock.bestSet(SUMMARY.bestSets().get(0),
                WeightUnit.KG));
        assertEquals("75 s", SummaryBlock.bestSet(SUMMARY.bestSets().get(1), WeightUnit.KG));
    }

    @Test
    void theServersSummaryArrivesWhole() {
        WorkoutSummary[] got = {null};
        new HistoryApi((method, path, body, callback) -> callback.done(new HttpResponse(200,
                WorkoutSummaryCodec.write(SUMMARY)))).summary("w1", Callback.of(s -> got[0] = s, e -> { }));
        assertEquals(SUMMARY, got[0]);
    }

    @Test
    void aSummaryWithARenamedFieldIsAReadableErrorNotAKilogram() {
        String json = WorkoutSummaryCodec.write(SUMMARY).replace("\"unit\"", "\"units\"");
        WorkoutSummary[] got = {null};
        String[] problem = {""};
        new HistoryApi((method, path, body, callback) -> callback.done(new HttpResponse(200, json)))
                .summary("w1", Callback.of(s -> got[0] = s, e -> problem[0] = e.message()));
        assertNull(got[0]);
        assertTrue(problem[0].startsWith("The server's answer could not be read: unit is required"), problem[0]);
    }
}
