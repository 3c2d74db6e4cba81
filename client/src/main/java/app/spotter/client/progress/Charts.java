package app.spotter.client.progress;

import app.spotter.client.platform.Svg;
import app.spotter.client.ui.WeightText;
import app.spotter.history.WeightUnit;
import app.spotter.transfer.CivilTime;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/** The two progress charts as inline SVG: a line chart of top weight and estimated 1RM, and weekly volume bars. */
final class Charts {
    private Charts() {
    }

    static HTMLElement lines(List<ProgressApi.Point> points, WeightUnit unit, int utcOffsetMinutes) {
        int n = points.size();
        double[] xs = new double[n];
        double[] top = new double[n];
        double[] oneRep = new double[n];
        double low = Double.MAX_VALUE;
        double high = 0;
        for (int i = 0; i < n; i++) {
            xs[i] = points.get(i).at();
            top[i] = unit.fromKg(points.get(i).first());
            oneRep[i] = unit.fromKg(points.get(i).second());
            low = Math.min(low, Math.min(top[i], oneRep[i]));
            high = Math.max(high, Math.max(top[i], oneRep[i]));
        }
        ChartBox box = ChartBox.fit(xs[0], xs[n - 1], low, high, false);
        HTMLElement svg = frame("Top weight and estimated one-rep max, " + unit.label(), box, unit);
        svg.appendChild(Svg.el("path", "d", box.path(xs, oneRep), "class", "line line-1rm"));
        svg.appendChild(Svg.el("path", "d", box.path(xs, top), "class", "line line-top"));
        for (int i = 0; i < n; i++) {
            svg.appendChild(Svg.el("circle", "cx", Integer.toString(box.x(xs[i])),
                    "cy", Integer.toString(box.y(top[i])), "r", "3", "class", "point"));
        }
        dates(svg, box, xs[0], xs[n - 1], utcOffsetMinutes);
        return svg;
    }

    static HTMLElement bars(List<ProgressApi.Point> weeks, WeightUnit unit, int utcOffsetMinutes) {
        int n = weeks.size();
        double high = 0;
        for (ProgressApi.Point week : weeks) {
            high = Math.max(high, unit.fromKg(week.first()));
        }
        ChartBox box = ChartBox.fit(0, 1, 0, high, true);
        HTMLElement svg = frame("Volume per week, " + unit.label(), box, unit);
        for (int i = 0; i < n; i++) {
            int y = box.y(unit.fromKg(weeks.get(i).first()));
            svg.appendChild(Svg.el("rect", "x", Integer.toString(ChartBox.barLeft(i, n)), "y", Integer.toString(y),
                    "width", Integer.toString(ChartBox.barWidth(n)),
                    "height", Integer.toString(box.plotBottom() - y), "class", "bar"));
        }
        int y = ChartBox.HEIGHT - 6;
        svg.appendChild(Svg.text(ChartBox.LEFT, y, "start", "axis-label",
                day(weeks.get(0).at(), utcOffsetMinutes)));
        svg.appendChild(Svg.text(ChartBox.WIDTH - ChartBox.RIGHT, y, "end", "axis-label",
                day(weeks.get(n - 1).at(), utcOffsetMinutes)));
        return svg;
    }

    // The outline, the axis and the lowest and highest value labels, which every chart has.
    private static HTMLElement frame(String title, ChartBox box, WeightUnit unit) {
        HTMLElement svg = Svg.el("svg", "viewBox", "0 0 " + ChartBox.WIDTH + " " + ChartBox.HEIGHT,
                "class", "chart", "role", "img", "aria-label", title);
        HTMLElement label = Svg.el("title");
        label.setTextContent(title);
        svg.appendChild(label);
        int right = ChartBox.WIDTH - ChartBox.RIGHT;
        for (double value : new double[] {box.yMin(), box.yMax()}) {
            int y = box.y(value);
            svg.appendChild(Svg.el("line", "x1", Integer.toString(ChartBox.LEFT), "x2", Integer.toString(right),
                    "y1", Integer.toString(y), "y2", Integer.toString(y), "class", "grid"));
            svg.appendChild(Svg.text(ChartBox.LEFT - 4, y + 4, "end", "axis-label",
                    WeightText.number(unit.toKg(value), unit)));
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
