package app.spotter.client.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spotter.history.WeightUnit;
import app.spotter.workout.ExerciseKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressSeriesTest {
    @Test
    void aSeriesTakesItsKindAndFiguresFromThePoints() {
        ProgressApi.Series run = ProgressApi.series("[{\"startedAt\":1000,\"topWeight\":0.0,"
                + "\"estimatedOneRepMax\":0.0,\"kind\":\"distance_duration\",\"value\":5000.0,\"unit\":\"m\","
                + "\"secondValue\":300.0,\"secondUnit\":\"s/km\"}]");
        assertEquals(ExerciseKind.DISTANCE_DURATION, run.kind());
        assertEquals(List.of(new ProgressApi.Point(1000, 5000, 300)), run.points());
    }

    @Test
    void anOlderServersSeriesIsTopWeightAndOneRepMax() {
        ProgressApi.Series bench = ProgressApi.series("[{\"startedAt\":1000,\"topWeight\":100.0,"
                + "\"estimatedOneRepMax\":116.7}]");
        assertEquals(ExerciseKind.WEIGHT_REPS, bench.kind());
        assertEquals(List.of(new ProgressApi.Point(1000, 100, 116.7)), bench.points());
    }

    @Test
    void axesNameTheirUnitAndLabelInIt() {
        assertEquals("lb", ChartScale.of("kg", WeightUnit.LB).name());
        assertEquals(220.5, ChartScale.of("kg", WeightUnit.LB).shown(100));
        ChartScale km = ChartScale.of("m", WeightUnit.KG);
        assertEquals("km", km.name());
        assertEquals("5.5", km.label(km.shown(5500)));
        ChartScale pace = ChartScale.of("s/km", WeightUnit.KG);
        assertEquals("min/km", pace.name());
        assertEquals("4:30", pace.label(pace.shown(270)));
        assertEquals("75 s", ChartScale.of("s", WeightUnit.KG).words(75));
    }
}
