package app.spotter.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.spotter.validation.ValidationException;
import app.spotter.workout.ExerciseKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each look-back answer reads back as written, and a missing or renamed field is an error, not a zero. */
class HistoryCodecsTest {
    private static final List<HistoryLine> PAGE = List.of(
            new HistoryLine("w2", "Legs \u00e9", 1_711_000_000_000L, 3600, 12, 5432.5),
            new HistoryLine("w1", "Push", 1_705_343_400_000L, 0, 0, 0));

    @Test
    void aHistoryPageRoundTrips() {
        assertEquals(PAGE, HistoryPageCodec.read(HistoryPageCodec.write(PAGE)));
        assertEquals(List.of(), HistoryPageCodec.read("[]"));
    }

    @Test
    void aHistoryLineKeepsTheFirstReleasesFieldNames() {
        assertEquals("[{\"id\":\"w1\",\"name\":\"Push\",\"startedAt\":1000,\"durationSeconds\":60,\"setsDone\":3,"
                        + "\"volumeKg\":500.0}]",
                HistoryPageCodec.write(List.of(new HistoryLine("w1", "Push", 1000, 60, 3, 500))));
    }

    @Test
    void aHistoryLineWithoutItsVolumeIsRefused() {
        String json = HistoryPageCodec.write(PAGE);
        assertEquals("[1].volumeKg", assertThrows(ValidationException.class,
                () -> HistoryPageCodec.read(json.replace(",\"volumeKg\":0.0", "")))
                .first().field());
        assertThrows(ValidationException.class, () -> HistoryPageCodec.read(json.replace("\"setsDone\"", "\"sets\"")));
        assertThrows(ValidationException.class, () -> HistoryPageCodec.read("{}"));
    }

    @Test
    void lastTimeRoundTripsWithAnExerciseNeverDone() {
        Map<String, List<PastSet>> byName = new LinkedHashMap<>();
        byName.put("Bench press", List.of(new PastSet("weight_reps", "warmup", 10, 60, 0, 0, 0),
                new PastSet("weight_reps", "normal", 6, 102.5, 0, 0, 8.5)));
        byName.put("Run", List.of(new PastSet("distance_duration", "normal", 0, 0, 1500, 5000, 0)));
        byName.put("Dip", List.of());
        assertEquals(byName, LastTimeCodec.read(LastTimeCodec.write(byName)));
    }

    @Test
    void aPastSetWithARenamedFieldOrAnUnknownKindIsRefused() {
        String json = LastTimeCodec.write(Map.of("Squat", List.of(new PastSet("weight_reps", "normal", 5, 100, 0, 0,
                0))));
        assertThrows(ValidationException.class, () -> LastTimeCodec.read(json.replace("\"reps\"", "\"rep\"")));
        assertThrows(ValidationException.class, () -> LastTimeCodec.read(json.replace("\"rpe\"", "\"effort\"")));
        assertThrows(ValidationException.class, () -> LastTimeCodec.read(json.replace("weight_reps", "weights")));
        assertThrows(ValidationException.class, () -> LastTimeCodec.read("{\"Squat\":null}"));
    }

    @Test
    void progressRoundTripsForEveryKind() {
        for (ExerciseKind kind : ExerciseKind.values()) {
            ProgressSeries series = new ProgressSeries(kind, List.of(new KindProgressPoint(1000, 100, 116.7),
                    new KindProgressPoint(2000, 102.5, 0)));
            assertEquals(series, ProgressSeriesCodec.read(ProgressSeriesCodec.write(series)), kind.wireName());
        }
        assertEquals(new ProgressSeries(ExerciseKind.WEIGHT_REPS, List.of()), ProgressSeriesCodec.read("[]"));
    }

    @Test
    void aProgressPointKeepsTopWeightForWeightTimesRepsOnly() {
        String bench = ProgressSeriesCodec.write(new ProgressSeries(ExerciseKind.WEIGHT_REPS,
                List.of(new KindProgressPoint(1000, 100, 116.7))));
        assertEquals(true, bench.contains("\"topWeight\":100.0") && bench.contains("\"estimatedOneRepMax\":116.7")
                && bench.contains("\"secondUnit\":\"kg\""), bench);
        String plank = ProgressSeriesCodec.write(new ProgressSeries(ExerciseKind.DURATION,
                List.of(new KindProgressPoint(1000, 75, 0))));
        assertEquals(true, plank.contains("\"topWeight\":0.0") && plank.contains("\"unit\":\"s\"")
                && plank.contains("\"secondUnit\":\"\""), plank);
    }

    @Test
    void aProgressPointMissingAFieldOrInTheWrongUnitIsRefused() {
        String json = ProgressSeriesCodec.write(new ProgressSeries(ExerciseKind.DURATION,
                List.of(new KindProgressPoint(1000, 75, 0), new KindProgressPoint(2000, 80, 0))));
        assertThrows(ValidationException.class, () -> ProgressSeriesCodec.read(json.replace("\"value\"", "\"v\"")));
        assertThrows(ValidationException.class,
                () -> ProgressSeriesCodec.read(json.replace("\"startedAt\"", "\"at\"")));
        assertThrows(ValidationException.class,
                () -> ProgressSeriesCodec.read(json.replace("\"unit\":\"s\"", "\"unit\":\"kg\"")));
        String plank = ProgressSeriesCodec.write(new ProgressSeries(ExerciseKind.DURATION,
                List.of(new KindProgressPoint(1000, 75, 0))));
        String reps = ProgressSeriesCodec.write(new ProgressSeries(ExerciseKind.REPS_ONLY,
                List.of(new KindProgressPoint(2000, 20, 0))));
        String mixed = plank.substring(0, plank.length() - 1) + "," + reps.substring(1);
        assertEquals("[1].kind", assertThrows(ValidationException.class, () -> ProgressSeriesCodec.read(mixed))
                .first().field());
    }

    @Test
    void weeklyVolumeAndExerciseNamesRoundTrip() {
        List<WeekVolume> weeks = List.of(new WeekVolume(1_704_067_200_000L, 12_500), new WeekVolume(
                1_704_672_000_000L, 0));
        assertEquals(weeks, WeeklyVolumeCodec.read(WeeklyVolumeCodec.write(weeks)));
        assertThrows(ValidationException.class,
                () -> WeeklyVolumeCodec.read(WeeklyVolumeCodec.write(weeks).replace("\"weekStart\"", "\"week\"")));
        List<String> names = List.of("Squat", "Bench press", "Atlas \u00e9");
        assertEquals(names, ExerciseNamesCodec.read(ExerciseNamesCodec.write(names)));
        assertEquals("[1]", assertThrows(ValidationException.class,
                () -> ExerciseNamesCodec.read("[\"Squat\",3]")).first().field());
    }
}
