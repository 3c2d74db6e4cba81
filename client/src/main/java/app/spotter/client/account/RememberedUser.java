package app.spotter.client.account;

import app.spotter.account.AccountCodec;
import app.spotter.account.SignedInUser;
import app.spotter.client.platform.KeyValueStore;
import app.spotter.client.platform.StorageFullException;

/**
 * The last user signed in on this device ({@code spotter.lastUser}), so the app still opens on their local data in
 * a gym without signal, when the server cannot say who is signed in.
 */
final class RememberedUser {
    static final String KEY = "spotter.lastUser";
    private final KeyValueStore storage;

    RememberedUser(KeyValueStore storage) {
        this.storage = storage;
    }

    SignedInUser read() {
        String raw = storage.get(KEY);
        if (raw == null) {
            return null;
        }
        try {
            return AccountCodec.read(raw);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    void remember(SignedInUser user) {
        try {
            storage.put(KEY, AccountCodec.write(user));
        } catch (StorageFullException full) {
            // Only the offline start needs it; the sign-in itself has worked.
        }
    }

    void forget() {
        storage.remove(KEY);
    }
}
