package app.spotter.client.platform;

/** The device refused a write: its storage is full (localStorage's QuotaExceededError) or unavailable. */
public final class StorageFullException extends RuntimeException {
    public StorageFullException(String message) {
        super(message);
    }
}
