package app.spotter.client.progress;

import app.spotter.client.api.ApiCall.Callback;
import app.spotter.client.history.RecordText;
import app.spotter.client.View;
import app.spotter.client.offline.LastCopyHttp;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.LocalZone;
import app.spotter.client.platform.Platform;
import app.spotter.client.player.StorageKeys;
import app.spotter.client.settings.UnitSetting;
import app.spotter.client.ui.Focus;
import app.spotter.history.KindMeasures;
import app.spotter.history.KindProgressPoint;
import app.spotter.history.PersonalRecord;
import app.spotter.history.ProgressSeries;
import app.spotter.history.WeekVolume;
import app.spotter.history.WeightUnit;
import app.spotter.transfer.CivilTime;
import app.spotter.validation.FieldError;
import app.spotter.workout.ExerciseKind;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/** The Progress screen ({@code /progress}): pick an exercise, see its figures by kind; weekly volume below. */
public final class ProgressView implements View {
    private final Platform platform;
    private final ProgressApi api;
    private final LastCopyHttp reads;
    private final WeightUnit unit;
    private final int utcOffsetMinutes;
    private HTMLElement root;
    private List<String> exercises;
    private String exercise = "";
    private ProgressSeries series;
    private List<WeekVolume> weeks;
    private String problem = "";
    /** The value of the point last tapped, shown under the charts (a touch screen shows no hover title). */
    private String tapped = "";
    private boolean left;

    public ProgressView(Platform platform, StorageKeys keys) {
        this.platform = platform;
        this.reads = new LastCopyHttp(platform.http(), platform.storage(), keys, platform.clock());
        this.api = new ProgressApi(reads);
        this.unit = new UnitSetting(platform.storage()).unit();
        this.utcOffsetMinutes = LocalZone.utcOffsetMinutes(platform.clock().now());
    }

    @Override
    public void show(HTMLElement viewRoot) {
        root = viewRoot;
        Dom.scrollToTop();
        api.exercises(Callback.of(names -> changed(() -> {
            exercises = names;
            if (!names.isEmpty()) {
                pick(names.get(0));
            }
        }), this::failed));
        api.weekly(utcOffsetMinutes, Callback.of(w -> changed(() -> weeks = w), this::failed));
        draw();
    }

    @Override
    public void leave() {
        left = true;
    }

    private void failed(FieldError error) {
        changed(() -> problem = error.message());
    }

    private void changed(Runnable change) {
        change.run();
        if (!left) {
            draw();
        }
    }

    private void tap(String value) {
        changed(() -> tapped = value);
    }

    private void pick(String name) {
        exercise = name;
        tapped = "";
        series = null;
        api.progress(name, Callback.of(points -> changed(() -> {
            if (name.equals(exercise)) {
                series = points;
            }
        }), this::failed));
    }

    private void draw() {
        String had = Focus.currentKey();
        Dom.clear(root);
        HTMLElement page = Dom.append(Dom.el("section", "page progress"), Focus.title("Progress"));
        if (!problem.isEmpty()) {
            HTMLElement banner = Dom.text("p", "banner banner-error", problem);
            banner.setAttribute("role", "alert");
            Dom.append(page, banner);
        }
        if (reads.copyFetchedAt() > 0) {
            Dom.append(page, Dom.text("p", "banner banner-copy", "Offline: this is the copy saved on this device, "
                    + "fetched " + CivilTime.format(reads.copyFetchedAt(),
                    LocalZone.utcOffsetMinutes(reads.copyFetchedAt())).substring(0, 16) + "."));
        }
        if (exercises == null) {
            if (problem.isEmpty()) {
                Dom.append(page, Dom.text("p", "muted", "Loading\u2026"));
            }
        } else if (exercises.isEmpty()) {
            Dom.append(page, Dom.text("p", "empty-state muted", "Log a workout and your progress shows here."));
        } else {
            Dom.append(page, picker());
            if (series != null) {
                drawSeries(page);
            }
            HTMLElement readout = Dom.text("p", "chart-readout", tapped);
            readout.setAttribute("aria-live", "polite");
            Dom.append(page, readout);
        }
        if (weeks != null && !weeks.isEmpty()) {
            Dom.append(page, Dom.text("h2", "section-title", "Volume per week"),
                    Charts.bars(weeks, unit, utcOffsetMinutes));
        }
        Dom.append(root, page);
        if (Focus.lost()) {
            Focus.restore(had);
        }
    }

    /**
     * Weight x reps: top weight and estimated 1RM on one chart (both kg). Other kinds: a chart per figure, each
     * with its own unit (a run's distance in km and its pace in min/km cannot share an axis).
     */
    private void drawSeries(HTMLElement page) {
        if (series.points().isEmpty()) {
            Dom.append(page, Dom.text("p", "empty-state muted", "No done sets of " + exercise + " to chart yet."));
            return;
        }
        ExerciseKind kind = series.kind();
        if (kind == ExerciseKind.WEIGHT_REPS) {
            Dom.append(page, Dom.text("h2", "section-title", exercise + ": top weight and estimated 1RM"),
                    Charts.lines(series.points(), ChartScale.of("kg", unit), "Top weight and estimated one-rep max",
                            true, utcOffsetMinutes, this::tap),
                    Dom.text("p", "chart-legend muted", "Blue line with dots: top weight. Green line: estimated 1RM."));
            return;
        }
        figure(page, KindMeasures.primary(kind), series.points());
        PersonalRecord.Kind second = KindMeasures.secondary(kind);
        if (second != null) {
            List<KindProgressPoint> seconds = new ArrayList<>();
            for (KindProgressPoint point : series.points()) {
                if (point.second() > 0) {
                    seconds.add(new KindProgressPoint(point.startedAt(), point.second(), 0));
                }
            }
            if (!seconds.isEmpty()) {
                figure(page, second, seconds);
            }
        }
    }

    private void figure(HTMLElement page, PersonalRecord.Kind record, List<KindProgressPoint> points) {
        String label = RecordText.label(record);
        // The labels are fixed English words: an ASCII capital keeps Unicode case tables out of the bundle.
        char first = label.charAt(0);
        String title = (first >= 'a' && first <= 'z' ? (char) (first - 'a' + 'A') : first) + label.substring(1);
        HTMLElement chart = Charts.lines(points, ChartScale.of(KindMeasures.unit(record), unit), title, false,
                utcOffsetMinutes, this::tap);
        chart.setAttribute("data-record", record.wireName());
        Dom.append(page, Dom.text("h2", "section-title", exercise + ": " + label), chart);
    }

    private HTMLElement picker() {
        HTMLSelectElement select = (HTMLSelectElement) Dom.el("select", "field exercise-picker");
        select.setAttribute("data-field", "exercise");
        select.setAttribute("aria-label", "Exercise");
        Focus.tag(select, "exercise-picker");
        for (String name : exercises) {
            HTMLElement option = Dom.text("option", "", name);
            option.setAttribute("value", name);
            Dom.append(select, option);
        }
        select.setValue(exercise);
        Dom.onChange(select, () -> changed(() -> pick(select.getValue())));
        return select;
    }
}
