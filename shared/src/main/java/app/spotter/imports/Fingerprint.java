package app.spotter.imports;

/** FNV-1a, 64 bits, in hex: a stable id for an imported workout from its key, the same on every import. */
public final class Fingerprint {
    private Fingerprint() {
    }

    public static String of(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        return Long.toHexString(hash);
    }
}
