package app.spotter.client.progress;

import app.spotter.client.platform.Svg;
import app.spotter.client.ui.WeightText;
import app.spotter.history.KindProgressPoint;
import app.spotter.history.Progress;
import app.spotter.history.WeekVolume;
import app.spotter.history.WeightUnit;
import app.spotter.transfer.CivilTime;
import java.util.List;
import java.util.function.Consumer;
import org.teavm.jso.dom.html.HTMLElement;

/** The progress charts as inline SVG: line charts of an exercise's figures (unit on the axis), weekly volume bars. */
final class Charts {
    private Charts() {
    }

    /**
     * A line chart of the points' first figure with a dot per workout, and when {@code withSecond} the second
     * figure as a second line on the same axis (top weight and estimated 1RM share kilograms).
     */
    static HTMLElement lines(List<KindProgressPoint> points, ChartScale scale, String title, boolean withSecond,
                             int utcOffsetMinutes, Consumer<String> onTap) {
        int n = points.size();
        double[] xs = new double[n];
        double[] top = new double[n];
        double[] other = new double[n];
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            xs[i] = points.get(i).startedAt();
            top[i] = scale.shown(points.get(i).first());
            other[i] = withSecond ? scale.shown(points.get(i).second()) : top[i];
            low = Math.min(low, Math.min(top[i], other[i]));
            high = Math.max(high, Math.max(top[i], other[i]));
        }
        ChartBox box = ChartBox.fit(xs[0], xs[n - 1], low, high, false);
        HTMLElement svg = frame(title + ", " + scale.name(), box, scale);
        if (withSecond) {
            svg.appendChild(Svg.el("path", "d", box.path(xs, other), "class", "line line-1rm"));
        }
        svg.appendChild(Svg.el("path", "d", box.path(xs, top), "class", "line line-top"));
        for (int i = 0; i < n; i++) {
            HTMLElement point = Svg.el("circle", "cx", Integer.toString(box.x(xs[i])),
                    "cy", Integer.toString(box.y(top[i])), "r", "3", "class", "point");
            String value = day(points.get(i).startedAt(), utcOffsetMinutes) + ": " + scale.words(points.get(i).first());
            point.appendChild(tip(value));
            point.addEventListener("click", event -> onTap.accept(value));
            svg.appendChild(point);
        }
        dates(svg, box, xs[0], xs[n - 1], utcOffsetMinutes);
        return svg;
    }

    /** Volume bars, one slot per week from the first to the last, so a week without training is a gap. */
    static HTMLElement bars(List<WeekVolume> weeks, WeightUnit unit, int utcOffsetMinutes) {
        ChartScale scale = ChartScale.of("kg", unit);
        long first = weeks.get(0).weekStart();
        long last = weeks.get(weeks.size() - 1).weekStart();
        int n = (int) Math.min(Integer.MAX_VALUE, (last - first) / Progress.WEEK_MILLIS + 1);
        double high = 0;
        for (WeekVolume week : weeks) {
            high = Math.max(high, scale.shown(week.volumeKg()));
        }
        ChartBox box = ChartBox.fit(0, 1, 0, high, true);
        HTMLElement svg = frame("Volume per week, " + scale.name(), box, scale);
        for (WeekVolume week : weeks) {
            int slot = (int) ((week.weekStart() - first) / Progress.WEEK_MILLIS);
            int y = box.y(scale.shown(week.volumeKg()));
            HTMLElement bar = Svg.el("rect", "x", Integer.toString(ChartBox.barLeft(slot, n)),
                    "y", Integer.toString(y), "width", Integer.toString(ChartBox.barWidth(n)),
                    "height", Integer.toString(box.plotBottom() - y), "class", "bar");
            bar.appendChild(tip("Week of " + day(week.weekStart(), utcOffsetMinutes) + ": "
                    + WeightText.total(week.volumeKg(), unit)));
            svg.appendChild(bar);
        }
        int y = ChartBox.HEIGHT - 6;
        svg.appendChild(Svg.text(ChartBox.LEFT, y, "start", "axis-label", day(first, utcOffsetMinutes)));
        svg.appendChild(Svg.text(ChartBox.WIDTH - ChartBox.RIGHT, y, "end", "axis-label",
                day(last, utcOffsetMinutes)));
        return svg;
    }

    // A point's or bar's value, shown by the browser on hover and read by screen readers.
    private static HTMLElement tip(String text) {
        HTMLElement title = Svg.el("title");
        title.setTextContent(text);
        return title;
    }

    // The outline, the axis and the lowest and highest value labels, which every chart has.
    private static HTMLElement frame(String title, ChartBox box, ChartScale scale) {
        HTMLElement svg = Svg.el("svg", "viewBox", "0 0 " + ChartBox.WIDTH + " " + ChartBox.HEIGHT,
                "class", "chart", "role", "img", "aria-label", title);
        svg.appendChild(tip(title));
        int right = ChartBox.WIDTH - ChartBox.RIGHT;
        for (double value : new double[] {box.yMin(), box.yMax()}) {
            int y = box.y(value);
            svg.appendChild(Svg.el("line", "x1", Integer.toString(ChartBox.LEFT), "x2", Integer.toString(right),
                    "y1", Integer.toString(y), "y2", Integer.toString(y), "class", "grid"));
            svg.appendChild(Svg.text(ChartBox.LEFT - 4, y + 4, "end", "axis-label",
                    scale.label(value)));
        }
        return svg;
    }

    private static void dates(HTMLElement svg, ChartBox box, double first, double last, int utcOffsetMinutes) {
        int y = ChartBox.HEIGHT - 6;
        svg.appendChild(Svg.text(box.x(first), y, "start", "axis-label", day((long) first, utcOffsetMinutes)));
        if (last > first) {
            svg.appendChild(Svg.text(box.x(last), y, "end", "axis-label", day((long) last, utcOffsetMinutes)));
        }
    }

    private static String day(long epochMillis, int utcOffsetMinutes) {
        return CivilTime.format(epochMillis, utcOffsetMinutes).substring(0, 10);
    }
}
