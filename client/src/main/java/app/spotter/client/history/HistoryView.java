package app.spotter.client.history;

import app.spotter.client.View;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.Platform;
import org.teavm.jso.dom.html.HTMLElement;

/** Placeholder until this screen is built. */
public final class HistoryView implements View {
    private final Platform platform;
    private final String id;

    public HistoryView(Platform platform, String id) {
        this.platform = platform;
        this.id = id;
    }

    @Override
    public void show(HTMLElement root) {
        Dom.append(root, Dom.text("h1", "", "HistoryView " + id));
    }
}
