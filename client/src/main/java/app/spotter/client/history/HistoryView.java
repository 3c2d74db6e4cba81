package app.spotter.client.history;

import app.spotter.client.Route;
import app.spotter.client.View;
import app.spotter.client.active.ActiveWorkoutBanner;
import app.spotter.client.active.ActiveWorkoutReader;
import app.spotter.client.offline.LastCopyHttp;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.Platform;
import app.spotter.client.player.OutboxRetry;
import app.spotter.client.player.StorageKeys;
import app.spotter.client.settings.UnitPicker;
import app.spotter.client.settings.UnitSetting;
import app.spotter.client.ui.Buttons;
import app.spotter.client.ui.Focus;
import app.spotter.client.ui.Plural;
import app.spotter.client.ui.WeightText;
import app.spotter.history.HistoryLine;
import app.spotter.history.WeightUnit;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The History screen ({@code /history}): logged workouts newest first, a page at a time, waiting ones on top. When
 * one of those waiting lands on the server the list is read again, so it shows as logged without a reload.
 */
public final class HistoryView implements View {
    private final Platform platform;
    private final StorageKeys keys;
    private final UnitSetting units;
    private final YourData yourData;
    private final ActiveWorkoutBanner activeBanner;
    private final LastCopyHttp reads;
    private final OutboxRetry outboxRetry;
    private Runnable stopListening = () -> { };
    private HistoryPages pages;
    private HTMLElement root;
    private boolean left;

    /** @param outboxRetry the sender of this user's outbox, which says when a waiting workout or edit is uploaded */
    public HistoryView(Platform platform, StorageKeys keys, OutboxRetry outboxRetry) {
        this.keys = keys;
        this.outboxRetry = outboxRetry;
        this.platform = platform;
        this.units = new UnitSetting(platform.storage());
        this.reads = new LastCopyHttp(platform.http(), platform.storage(), keys, platform.clock());
        this.yourData = new YourData(new Imports(platform.http()), platform.clock(), units, this::reload);
        this.activeBanner = new ActiveWorkoutBanner(new ActiveWorkoutReader(platform.storage(), keys),
                platform.clock(), platform.router(), platform.scheduler());
    }

    @Override
    public void show(HTMLElement viewRoot) {
        root = viewRoot;
        Dom.scrollToTop();
        stopListening = outboxRetry.onUploaded(this::uploaded);
        reload();
    }

    private void uploaded() {
        if (left) {
            return;
        }
        for (HistoryEntry entry : pages.entries()) {
            if (entry.isWaiting()) {
                reload();
                return;
            }
        }
    }

    /** Starts again from the newest page (on opening, after an import added workouts, after a waiting one went up). */
    private void reload() {
        pages = new HistoryPages(new HistoryApi(reads), WaitingWorkouts.of(platform.storage(), keys));
        pages.onChange(() -> {
            if (!left) {
                draw();
            }
        });
        pages.loadMore();
        draw();
    }

    @Override
    public void leave() {
        left = true;
        stopListening.run();
        activeBanner.stop();
    }

    private void draw() {
        String had = Focus.currentKey();
        Dom.clear(root);
        WeightUnit unit = units.unit();
        HTMLElement page = Dom.el("section", "page history");
        Dom.append(page, Dom.append(Dom.el("div", "page-header"), Focus.title("History"),
                UnitPicker.render(units, this::draw)));
        HTMLElement active = activeBanner.render();
        if (active != null) {
            Dom.append(page, active);
        }
        if (reads.copyFetchedAt() > 0) {
            Dom.append(page, Dom.text("p", "banner banner-copy", "Offline: this is the copy saved on this device, "
                    + "fetched " + HistoryText.date(reads.copyFetchedAt()) + "."));
        }
        HTMLElement list = Dom.el("ul", "history-list");
        for (HistoryEntry entry : pages.entries()) {
            Dom.append(list, row(entry, unit));
        }
        Dom.append(page, list);
        if (pages.entries().isEmpty() && !pages.loading() && pages.problem().isEmpty()) {
            Dom.append(page, Dom.text("p", "empty-state muted", "No workouts yet. Finish one and it shows here."));
        }
        if (!pages.problem().isEmpty()) {
            HTMLElement banner = Dom.text("p", "banner banner-error", pages.problem());
            banner.setAttribute("role", "alert");
            Dom.append(page, banner);
        }
        if (pages.loading()) {
            Dom.append(page, Dom.text("p", "muted", "Loading\u2026"));
        } else if (pages.hasMore()) {
            Dom.append(page, Buttons.styled("btn-quiet", pages.problem().isEmpty() ? "Load more" : "Try again",
                    "load-more", pages::loadMore));
        }
        Dom.append(page, yourData.render());
        Dom.append(root, page);
        if (Focus.lost()) {
            Focus.restore(had);
        }
    }

    private HTMLElement row(HistoryEntry entry, WeightUnit unit) {
        HistoryLine line = entry.line();
        boolean onlyHere = entry.waiting() == HistoryEntry.Waiting.WORKOUT;
        HTMLElement li = Dom.el("li", "history-item" + (entry.isWaiting() ? " waiting" : ""));
        li.setAttribute("data-workout-id", line.id());
        HTMLElement name = Dom.text("a", "history-name", line.name());
        if (!onlyHere) {
            name.setAttribute("href", Route.workout(line.id()));
            name.addEventListener("click", event -> {
                event.preventDefault();
                platform.router().go(Route.workout(line.id()));
            });
        }
        Dom.append(li, Dom.text("p", "history-date", HistoryText.date(line.startedAt())), name,
                Dom.text("p", "history-meta", HistoryText.duration(line.durationSeconds()) + " \u00b7 "
                        + Plural.of(line.setsDone(), "set") + " \u00b7 " + WeightText.total(line.volumeKg(), unit)));
        if (entry.isWaiting()) {
            Dom.append(li, Dom.text("p", "history-waiting", waitingText(entry.waiting())));
        }
        return li;
    }

    /** The line under a list entry or a workout's page that still waits in this device's outbox. */
    static String waitingText(HistoryEntry.Waiting waiting) {
        return waiting == HistoryEntry.Waiting.EDIT ? "Edit waiting to upload" : "Waiting to upload";
    }
}
