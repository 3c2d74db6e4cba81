package app.spotter.client.platform;

/**
 * The rest-is-over sounds, short tones made on the device (no file to load or cache): one for a rest's end (and a
 * window's shortest time), and a different, more insistent one for the end of a rest window.
 */
public interface RestSound {
    /** Call from a tap (e.g. on Done): browsers allow sound later only once the page had a user gesture. */
    void prepare();

    /** Plays the sound at {@code volumePercent} (0 to 100); silently nothing where the browser has no audio. */
    void play(int volumePercent);

    /** The end of a rest window ("up to 3:00" is over): distinct from {@link #play}, at {@code volumePercent}. */
    void playWindowEnd(int volumePercent);
}
