package app.spotter.workout;

/**
 * One changeable field and the stamp of the write that set it: a last-writer-wins register. A null register in
 * a document means "not carried" (a partial document), never "cleared".
 */
public record Register<T>(T value, Stamp at) {
    public Register {
        if (value == null || at == null) {
            throw new IllegalArgumentException("a register needs a value and a stamp");
        }
    }

    public static <T> Register<T> of(T value, Stamp at) {
        return new Register<>(value, at);
    }

    /** The later write; equal stamps (only identical writes have them) fall back to the value so both orders agree. */
    public static <T> Register<T> merge(Register<T> a, Register<T> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        int byStamp = a.at.compareTo(b.at);
        if (byStamp != 0) {
            return byStamp > 0 ? a : b;
        }
        if (a.value.equals(b.value)) {
            return a;
        }
        return String.valueOf(a.value).compareTo(String.valueOf(b.value)) >= 0 ? a : b;
    }

    /** The register when it was written after {@code watermark}, else null (what a delta carries). */
    public static <T> Register<T> since(Register<T> register, Stamp watermark) {
        return register != null && register.at.isAfter(watermark) ? register : null;
    }

    static Stamp latest(Stamp max, Register<?> register) {
        return register == null ? max : Stamp.max(max, register.at);
    }
}
