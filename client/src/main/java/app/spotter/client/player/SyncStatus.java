package app.spotter.client.player;

/** How the server's copy of the draft stands, shown small in the player's header. */
public enum SyncStatus {
    SYNCED("synced"), SAVING("saving"), OFFLINE("offline");

    private final String label;

    SyncStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
