package app.spotter.client.platform;

/** The rest-is-over sound: a short tone made on the device (no file to load or cache). */
public interface RestSound {
    /** Call from a tap (e.g. on Done): browsers allow sound later only once the page had a user gesture. */
    void prepare();

    /** Plays the sound at {@code volumePercent} (0 to 100); silently nothing where the browser has no audio. */
    void play(int volumePercent);
}
