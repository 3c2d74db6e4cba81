package app.spotter.client.platform;

/** Small device signals: vibration where the browser has it, and whether the browser believes it is online. */
public interface Device {
    void vibrate(int millis);

    /** {@code times} buzzes of {@code millis}, with {@code pauseMillis} between them (a pattern, where supported). */
    void vibrateRepeated(int millis, int pauseMillis, int times);

    boolean online();
}
