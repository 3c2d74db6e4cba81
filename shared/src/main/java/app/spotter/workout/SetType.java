package app.spotter.workout;

/** How a set counts: warm-up sets are left out of the volume. Wire names are the lower-case names. */
public enum SetType {
    NORMAL("normal"), WARMUP("warmup"), DROP("drop"), FAILURE("failure");

    private final String wireName;

    SetType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The type with this wire name, or null. */
    public static SetType fromWire(String name) {
        for (SetType type : values()) {
            if (type.wireName.equals(name)) {
                return type;
            }
        }
        return null;
    }
}
