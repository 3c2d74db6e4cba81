package app.spotter.client.player;

import app.spotter.client.View;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.Platform;
import org.teavm.jso.dom.html.HTMLElement;

/** Placeholder until this screen is built. */
public final class PlayerView implements View {
    private final Platform platform;

    public PlayerView(Platform platform) {
        this.platform = platform;
    }

    @Override
    public void show(HTMLElement root) {
        Dom.append(root, Dom.text("h1", "", "PlayerView"));
    }
}
