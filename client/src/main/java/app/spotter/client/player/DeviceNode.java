package app.spotter.client.player;

import app.spotter.client.platform.IdSource;
import app.spotter.client.platform.KeyValueStore;
import app.spotter.client.platform.StorageFullException;
import app.spotter.workout.Stamp;

/**
 * This device's node id in the stamps it writes (session model 2): made once from a random id and kept in
 * localStorage, device-wide, so two tabs of one browser are one node only when they share a clock (they do:
 * each stamp is later than everything the document holds).
 */
final class DeviceNode {
    static final String KEY = "spotter.deviceNode";
    private static final int LENGTH = 12;

    private DeviceNode() {
    }

    /** The kept node id, or a new one (kept for next time when the device has room). */
    static String of(KeyValueStore storage, IdSource ids) {
        String kept = storage.get(KEY);
        if (Stamp.isNode(kept)) {
            return kept;
        }
        String made = fromId(ids.newId());
        try {
            storage.put(KEY, made);
        } catch (StorageFullException full) {
            // A node id for this page only; stamps stay unique because they carry the document's latest stamp.
        }
        return made;
    }

    /** The letters and digits of an id, at most 12 of them (a stamp's node allows no '.'). */
    static String fromId(String id) {
        StringBuilder node = new StringBuilder();
        for (int i = 0; i < id.length() && node.length() < LENGTH; i++) {
            char c = id.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                node.append(c);
            }
        }
        return node.length() == 0 ? "device" : node.toString();
    }
}
