package app.spotter.client.history;

import app.spotter.client.api.ApiCall.Callback;
import java.util.ArrayList;
import java.util.List;

/**
 * The history list a page at a time: workouts still waiting in this device's outbox first, then the server's,
 * newest first. A waiting workout the server's list also has is an edit of a logged one (or a copy sent whose answer
 * was lost): it takes the server's line's place, with the values this device is about to send. Only one page is asked
 * for at a time, so a fast double tap on "Load more" cannot skip or repeat.
 */
public final class HistoryPages {
    public static final int PAGE_SIZE = 50;

    private final HistoryApi api;
    private final List<HistoryEntry> entries = new ArrayList<>();
    private final List<String> waitingIds = new ArrayList<>();
    private Runnable onChange = () -> { };
    private boolean loading;
    private boolean more = true;
    private long oldestStartedAt;
    private String oldestId = "";
    private String problem = "";

    /** {@code waiting}: the outbox's finished workouts, oldest first (shown newest first, above the server's). */
    public HistoryPages(HistoryApi api, List<HistoryEntry> waiting) {
        this.api = api;
        for (int i = waiting.size() - 1; i >= 0; i--) {
            entries.add(waiting.get(i));
            waitingIds.add(waiting.get(i).id());
        }
    }

    public void onChange(Runnable listener) {
        onChange = listener;
    }

    public List<HistoryEntry> entries() {
        return entries;
    }

    public boolean loading() {
        return loading;
    }

    /** Whether the server may have older workouts than those shown. */
    public boolean hasMore() {
        return more;
    }

    /** Why the last page did not load; empty when it did. */
    public String problem() {
        return problem;
    }

    public void loadMore() {
        if (loading || !more) {
            return;
        }
        loading = true;
        problem = "";
        api.page(oldestStartedAt, oldestId, PAGE_SIZE, Callback.of(this::pageArrived, error -> {
            loading = false;
            problem = error.message();
            onChange.run();
        }));
    }

    private void pageArrived(List<HistoryEntry> page) {
        loading = false;
        for (HistoryEntry entry : page) {
            entries.add(waitingInstead(entry));
        }
        if (!page.isEmpty()) {
            oldestStartedAt = page.get(page.size() - 1).line().startedAt();
            oldestId = page.get(page.size() - 1).id();
        }
        more = page.size() == PAGE_SIZE;
        onChange.run();
    }

    // The outbox's copy holds the whole edited document, so its totals are what the server will show once it is in.
    private HistoryEntry waitingInstead(HistoryEntry fromServer) {
        if (!waitingIds.remove(fromServer.id())) {
            return fromServer;
        }
        for (int i = 0; i < entries.size(); i++) {
            HistoryEntry shown = entries.get(i);
            if (shown.waiting() == HistoryEntry.Waiting.WORKOUT && shown.id().equals(fromServer.id())) {
                entries.remove(i);
                return shown.asEdit();
            }
        }
        return fromServer;
    }
}
