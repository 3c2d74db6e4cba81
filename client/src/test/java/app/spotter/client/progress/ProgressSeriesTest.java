package app.spotter.client.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.client.api.ApiCall.Callback;
import app.spotter.client.platform.HttpResponse;
import app.spotter.history.KindProgressPoint;
import app.spotter.history.ProgressSeries;
import app.spotter.history.WeightUnit;
import app.spotter.workout.ExerciseKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressSeriesTest {
    private static final String RUN = "[{\"startedAt\":1000,\"topWeight\":0.0,"
            + "\"estimatedOneRepMax\":0.0,\"kind\":\"distance_duration\",\"value\":5000.0,\"unit\":\"m\","
            + "\"secondValue\":300.0,\"secondUnit\":\"s/km\"}]";

    private static ProgressApi answering(String body) {
        return new ProgressApi((method, path, sent, callback) -> callback.done(new HttpResponse(200, body)));
    }

    @Test
    void aSeriesTakesItsKindAndFiguresFromThePoints() {
        ProgressSeries[] got = {null};
        answering(RUN).progress("Run", Callback.of(s -> got[0] = s, e -> { }));
        assertEquals(ExerciseKind.DISTANCE_DURATION, got[0].kind());
        assertEquals(List.of(new KindProgressPoint(1000, 5000, 300)), got[0].points());
    }

    @Test
    void aPointWithoutItsValueIsAReadableErrorNotAZero() {
        String[] problem = {""};
        answering(RUN.replace("\"value\"", "\"val\"")).progress("Run", Callback.of(s -> { },
                e -> problem[0] = e.message()));
        assertTrue(problem[0].startsWith("The server's answer could not be read: value is required"), problem[0]);
        answering("[{\"weekStart\":0}]").weekly(0, Callback.of(w -> { }, e -> problem[0] = e.message()));
        assertTrue(problem[0].contains("volumeKg is required"), problem[0]);
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
