package app.spotter.client.templates;

import app.spotter.client.platform.Router;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A {@link Router} that remembers where the app was sent. */
final class FakeRouter implements Router {
    final List<String> visited = new ArrayList<>();
    private String path;

    FakeRouter(String startPath) {
        path = startPath;
    }

    @Override
    public String currentPath() {
        return path;
    }

    @Override
    public void go(String newPath) {
        path = newPath;
        visited.add(newPath);
    }

    @Override
    public void onChange(Consumer<String> listener) {
    }
}
