package app.spotter.client.progress;

import app.spotter.client.api.ApiCall.Callback;
import app.spotter.client.View;
import app.spotter.client.offline.LastCopyHttp;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.LocalZone;
import app.spotter.client.platform.Platform;
import app.spotter.client.player.StorageKeys;
import app.spotter.client.settings.UnitSetting;
import app.spotter.client.ui.Focus;
import app.spotter.history.WeightUnit;
import app.spotter.transfer.CivilTime;
import app.spotter.validation.FieldError;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/** The Progress screen ({@code /progress}): pick an exercise, see its top weight and 1RM; weekly volume below. */
public final class ProgressView implements View {
    private final Platform platform;
    private final ProgressApi api;
    private final LastCopyHttp reads;
    private final WeightUnit unit;
    private final int utcOffsetMinutes;
    private HTMLElement root;
    private List<String> exercises;
    private String exercise = "";
    private List<ProgressApi.Point> series;
    private List<ProgressApi.Point> weeks;
    private String problem = "";
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

    private void pick(String name) {
        exercise = name;
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
            Dom.append(page, picker(), Dom.text("h2", "section-title", exercise + ": top weight and estimated 1RM"));
            if (series != null && !series.isEmpty()) {
                Dom.append(page, Charts.lines(series, unit, utcOffsetMinutes),
                        Dom.text("p", "chart-legend muted",
                                "Blue line with dots: top weight. Green line: estimated 1RM."));
            }
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
