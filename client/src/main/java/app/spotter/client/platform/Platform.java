package app.spotter.client.platform;

import app.spotter.client.api.ServerClock;
import app.spotter.client.api.ServerTimeHttp;

/**
 * Every device service the app uses, handed to controllers and views in one piece. {@code clock} is the device's
 * own clock (for scheduling); {@code serverClock} gives server time for every time the app records or shows.
 */
public record Platform(KeyValueStore storage, HttpClient http, Clock clock, Scheduler scheduler, Router router,
                       IdSource ids, Device device, ServerClock serverClock) {

    public static Platform browser() {
        BrowserStorage storage = new BrowserStorage();
        BrowserClock clock = new BrowserClock();
        ServerClock serverClock = new ServerClock(clock, storage);
        return new Platform(storage, new ServerTimeHttp(new XhrHttpClient(), serverClock), clock,
                new BrowserScheduler(), new HistoryRouter(), new RandomIds(), new BrowserDevice(), serverClock);
    }
}
