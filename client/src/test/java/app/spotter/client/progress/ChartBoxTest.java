package app.spotter.client.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChartBoxTest {
    @Test
    void ticksAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(10, NiceTicks.step(37, 4));
        assertEquals(20, NiceTicks.step(61, 4));
        assertEquals(50, NiceTicks.step(170, 4));
        assertEquals(0.5, NiceTicks.step(1.7, 4), 1e-9);
        assertEquals(1, NiceTicks.step(0, 4));
    }

    @Test
    void theValueRangeWidensToRoundTicksAroundTheData() {
        ChartBox box = ChartBox.fit(0, 10, 62.5, 97.5, false);
        assertEquals(60, box.yMin());
        assertEquals(100, box.yMax());
        ChartBox bars = ChartBox.fit(0, 1, 0, 12_345, true);
        assertEquals(0, bars.yMin());
        assertEquals(15_000, bars.yMax());
    }

    @Test
    void theLowestValueSitsOnThePlotBottomAndTheHighestOnItsTop() {
        ChartBox box = ChartBox.fit(1_000, 2_000, 60, 100, false);
        assertEquals(ChartBox.HEIGHT - ChartBox.BOTTOM, box.y(60));
        assertEquals(ChartBox.TOP, box.y(100));
        assertEquals(ChartBox.LEFT, box.x(1_000));
        assertEquals(ChartBox.WIDTH - ChartBox.RIGHT, box.x(2_000));
    }

    @Test
    void thePathGoesThroughEveryPointInOrder() {
        ChartBox box = ChartBox.fit(0, 2, 0, 100, true);
        assertEquals("M48,176L199,94L350,12", box.path(new double[] {0, 1, 2}, new double[] {0, 50, 100}));
    }

    @Test
    void oneWorkoutOrEqualValuesStillDrawInsideTheBox() {
        ChartBox box = ChartBox.fit(5_000, 5_000, 80, 80, false);
        assertTrue(box.yMax() > box.yMin());
        int x = box.x(5_000);
        int y = box.y(80);
        assertTrue(x > ChartBox.LEFT && x < ChartBox.WIDTH - ChartBox.RIGHT, "x " + x);
        assertTrue(y >= ChartBox.TOP && y <= ChartBox.HEIGHT - ChartBox.BOTTOM, "y " + y);
    }

    @Test
    void barsShareTheWidthWithGapsAndNeverOverlap() {
        int count = 12;
        for (int i = 0; i + 1 < count; i++) {
            assertTrue(ChartBox.barLeft(i, count) + ChartBox.barWidth(count) < ChartBox.barLeft(i + 1, count));
        }
        assertTrue(ChartBox.barLeft(count - 1, count) + ChartBox.barWidth(count) <= ChartBox.WIDTH - ChartBox.RIGHT);
        assertEquals(1, ChartBox.barWidth(10_000), "a bar never vanishes");
    }
}
