package app.spotter.client.platform;

/** Makes new unique ids (session ids); injected so tests get predictable ones. */
public interface IdSource {
    String newId();
}
