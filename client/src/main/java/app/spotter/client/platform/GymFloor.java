package app.spotter.client.platform;

/**
 * The device services of the gym floor, for the player: the rest-end sound, keeping the screen awake, and the
 * rest-end notification. Kept apart from {@link Platform} so every existing view and test builds unchanged.
 */
public record GymFloor(RestSound sound, ScreenAwake awake, RestNotifier notifier) {
    public static GymFloor browser() {
        return new GymFloor(new WebAudioRestSound(), new BrowserScreenAwake(), new ServiceWorkerRestNotifier());
    }
}
