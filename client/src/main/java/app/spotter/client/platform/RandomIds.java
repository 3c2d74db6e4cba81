package app.spotter.client.platform;

import java.util.UUID;

/** {@link IdSource} of random UUIDs (crypto.randomUUID where the browser has it). Treat them as opaque. */
public final class RandomIds implements IdSource {
    @Override
    public String newId() {
        return UUID.randomUUID().toString();
    }
}
