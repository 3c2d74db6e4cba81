package app.spotter.client.platform;

import java.util.function.Consumer;

/** The app's location: reads the current path, navigates without reloading, reports back/forward moves. */
public interface Router {
    String currentPath();

    /** Moves to {@code path} (pushing a history entry) and tells the listener. */
    void go(String path);

    void onChange(Consumer<String> listener);
}
