package app.spotter.client;

import app.spotter.client.history.HistoryView;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.OfflineShell;
import app.spotter.client.platform.Platform;
import app.spotter.client.player.OutboxRetry;
import app.spotter.client.player.PlayerView;
import app.spotter.client.templates.TemplateEditorView;
import app.spotter.client.templates.TemplateListView;
import org.teavm.jso.dom.html.HTMLElement;

/** The browser entry point: shows the view of the current route and switches views as the route changes. */
public final class SpotterClient {
    private final Platform platform;
    private final HTMLElement root;
    private View current;

    private SpotterClient(Platform platform, HTMLElement root) {
        this.platform = platform;
        this.root = root;
    }

    public static void main(String[] args) {
        SpotterClient app = new SpotterClient(Platform.browser(), Dom.byId("app"));
        Navigation.wire(app.platform.router());
        app.platform.router().onChange(app::show);
        app.show(app.platform.router().currentPath());
        // Offline-first: the shell is cached for the next start, and finished workouts go up whatever screen is open.
        OfflineShell.registerServiceWorker();
        OutboxRetry.start(app.platform, OfflineShell::onOnline);
    }

    private void show(String path) {
        if (current != null) {
            current.leave();
        }
        Dom.clear(root);
        current = viewFor(Route.parse(path));
        current.show(root);
    }

    private View viewFor(Route route) {
        switch (route.screen()) {
            case TEMPLATES:
                return new TemplateListView(platform);
            case NEW_TEMPLATE:
                return new TemplateEditorView(platform, "");
            case EDIT_TEMPLATE:
                return new TemplateEditorView(platform, route.id());
            case PLAYER:
                return new PlayerView(platform);
            case HISTORY:
            case WORKOUT:
                return new HistoryView(platform, route.id());
            default:
                return rootEl -> Dom.append(rootEl, Dom.text("h1", "", "Page not found"),
                        Dom.button("Back to workouts", "home", () -> platform.router().go(Route.TEMPLATES)));
        }
    }
}
