package app.spotter.client.platform;

/** Small device signals: vibration where the browser has it, and whether the browser believes it is online. */
public interface Device {
    void vibrate(int millis);

    boolean online();
}
