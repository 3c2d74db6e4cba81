package app.spotter.client.templates;

import app.spotter.client.View;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.Platform;
import org.teavm.jso.dom.html.HTMLElement;

/** Placeholder until this screen is built. */
public final class TemplateListView implements View {
    private final Platform platform;

    public TemplateListView(Platform platform) {
        this.platform = platform;
    }

    @Override
    public void show(HTMLElement root) {
        Dom.append(root, Dom.text("h1", "", "TemplateListView"));
    }
}
