package app.spotter.workout;

/**
 * An undo or a removal: the stamp of the write that made it ({@code at}) and the latest completion the writer had
 * seen ({@code seenDone}, null when none). It only cancels completions up to {@code seenDone}, so a set completed
 * on a device the undo or removal had not heard from stays done. Both parts are max registers.
 */
public record Retraction(Stamp at, Stamp seenDone) {
    public Retraction {
        if (at == null) {
            throw new IllegalArgumentException("a retraction needs its stamp");
        }
    }

    public static Retraction merge(Retraction a, Retraction b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return new Retraction(Stamp.max(a.at, b.at), Stamp.max(a.seenDone, b.seenDone));
    }

    /** True when it cancels a completion stamped {@code doneAt} (null: nothing to cancel, so it does). */
    public boolean cancels(Stamp doneAt) {
        return doneAt == null || !doneAt.isAfter(seenDone);
    }

    static Retraction since(Retraction r, Stamp watermark) {
        return r != null && r.at.isAfter(watermark) ? r : null;
    }

    static Stamp latest(Stamp max, Retraction r) {
        return r == null ? max : Stamp.max(Stamp.max(max, r.at), r.seenDone);
    }
}
