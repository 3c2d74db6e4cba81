package app.spotter.client.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spotter.history.WeightUnit;
import app.spotter.workout.ExerciseKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordTextTest {
    private static final String SUMMARY = "{\"durationSeconds\":1800,\"setsDone\":4,\"setsPlanned\":4,"
            + "\"volumeKg\":500.0,\"bestSets\":["
            + "{\"exercise\":\"Squat\",\"reps\":5,\"weight\":100.0,\"estimatedOneRepMax\":116.7},"
            + "{\"exercise\":\"Plank\",\"kind\":\"duration\",\"reps\":0,\"weight\":0.0,\"estimatedOneRepMax\":0.0,"
            + "\"durationSeconds\":75,\"distanceMeters\":0.0}],\"records\":["
            + "{\"exercise\":\"Squat\",\"kind\":\"heaviest_weight\",\"value\":100.0,\"previous\":95.0,"
            + "\"reps\":5,\"weight\":100.0},"
            + "{\"exercise\":\"Plank\",\"kind\":\"longest_hold\",\"exerciseKind\":\"duration\",\"unit\":\"s\","
            + "\"value\":75.0,\"previous\":60.0,\"reps\":0,\"weight\":0.0,\"durationSeconds\":75},"
            + "{\"exercise\":\"Run\",\"kind\":\"best_pace\",\"exerciseKind\":\"distance_duration\","
            + "\"unit\":\"s/km\",\"value\":270.0,\"previous\":300.0,\"distanceMeters\":4000,\"durationSeconds\":1080},"
            + "{\"exercise\":\"Dip\",\"kind\":\"most_added_weight\",\"exerciseKind\":\"bodyweight_reps\","
            + "\"unit\":\"kg\",\"value\":10.0,\"previous\":5.0,\"reps\":5,\"weight\":10.0}]}";

    @Test
    void recordsOfEveryKindAreWordedWithTheirUnit() {
        ServerSummary summary = ServerSummary.read(SUMMARY);
        List<String> texts = summary.records().stream().map(r -> RecordText.of(r, WeightUnit.KG)).toList();
        assertEquals(List.of("heaviest weight 100 kg (was 95 kg)", "longest hold: 75 s (was 60 s)",
                "best pace: 4:30 /km (was 5:00 /km)", "most added weight: +10 kg (was +5 kg)"), texts);
        assertEquals("most added weight: +22 lb (was +11 lb)",
                RecordText.of(summary.records().get(3), WeightUnit.LB));
    }

    @Test
    void aSummaryWithoutKindsReadsAsWeightTimesRepsAndBestSetsFollowTheirKind() {
        ServerSummary summary = ServerSummary.read(SUMMARY);
        assertEquals(ExerciseKind.WEIGHT_REPS, summary.records().get(0).exerciseKind());
        assertEquals("kg", summary.records().get(0).unit());
        assertEquals("5 \u00d7 100 kg (est. 1RM 116.7 kg)",
                SummaryBlock.bestSet(summary.bestSets().get(0), WeightUnit.KG));
        assertEquals("75 s", SummaryBlock.bestSet(summary.bestSets().get(1), WeightUnit.KG));
    }
}
