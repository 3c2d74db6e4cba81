package app.spotter.client.platform;

/** Every device service the app uses, handed to controllers and views in one piece. */
public record Platform(KeyValueStore storage, HttpClient http, Clock clock, Scheduler scheduler, Router router,
                       IdSource ids, Device device) {

    public static Platform browser() {
        return new Platform(new BrowserStorage(), new XhrHttpClient(), new BrowserClock(), new BrowserScheduler(),
                new HistoryRouter(), new RandomIds(), new BrowserDevice());
    }
}
