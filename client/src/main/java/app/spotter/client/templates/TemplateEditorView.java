package app.spotter.client.templates;

import app.spotter.client.View;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.Platform;
import org.teavm.jso.dom.html.HTMLElement;

/** Placeholder until this screen is built. */
public final class TemplateEditorView implements View {
    private final Platform platform;
    private final String id;

    public TemplateEditorView(Platform platform, String id) {
        this.platform = platform;
        this.id = id;
    }

    @Override
    public void show(HTMLElement root) {
        Dom.append(root, Dom.text("h1", "", "TemplateEditorView " + id));
    }
}
