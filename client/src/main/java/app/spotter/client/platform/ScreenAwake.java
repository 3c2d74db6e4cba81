package app.spotter.client.platform;

/** Keeps the screen from sleeping while a workout runs (the Screen Wake Lock where the browser has it). */
public interface ScreenAwake {
    /** Asks to keep the screen on from now until {@link #release}, again each time the page becomes visible. */
    void keep();

    /** Lets the screen sleep again (after Finish or discard, or when the setting is off). */
    void release();

    /** True while the browser holds the lock for us. */
    boolean held();
}
