package app.spotter.client.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.teavm.jso.browser.Window;

/** {@link Router} over the History API: real paths, so a reload lands on the same screen. */
public final class HistoryRouter implements Router {
    private final Window window = Window.current();
    private final List<Consumer<String>> listeners = new ArrayList<>();

    public HistoryRouter() {
        window.addEventListener("popstate", event -> notifyListeners());
    }

    @Override
    public String currentPath() {
        return window.getLocation().getPathName();
    }

    @Override
    public void go(String path) {
        if (!path.equals(currentPath())) {
            window.getHistory().pushState(null, "", path);
        }
        notifyListeners();
    }

    @Override
    public void onChange(Consumer<String> listener) {
        listeners.add(listener);
    }

    private void notifyListeners() {
        String path = currentPath();
        for (Consumer<String> listener : listeners) {
            listener.accept(path);
        }
    }
}
