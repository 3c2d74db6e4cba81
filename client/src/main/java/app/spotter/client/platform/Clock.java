package app.spotter.client.platform;

/** The device's wall clock in epoch milliseconds; injected so tests advance time instead of waiting. */
public interface Clock {
    long now();
}
