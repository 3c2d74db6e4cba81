package app.spotter.server.support;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/** A generator of test inputs drawn from a seeded {@link Random}: the same seed gives the same inputs. */
@FunctionalInterface
public interface Gen<T> {
    T next(Random random);

    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return random -> f.apply(next(random));
    }

    /** A whole number in {@code [min, max]}, both ends included. */
    static Gen<Integer> between(int min, int max) {
        return random -> min + (int) (Math.abs(random.nextLong()) % ((long) max - min + 1));
    }

    /** One of {@code values}, each as likely. */
    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        List<T> list = List.of(values);
        return random -> list.get(random.nextInt(list.size()));
    }

    /** Draws from one of {@code gens}, each as likely. */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        return random -> gens[random.nextInt(gens.length)].next(random);
    }

    /** Draws from {@code a} with weight {@code weightA}, and so on (weights 6, 2, 1, 1: {@code a} 60 % of the time). */
    static <T> Gen<T> frequency(int weightA, Gen<? extends T> a, int weightB, Gen<? extends T> b, int weightC,
            Gen<? extends T> c, int weightD, Gen<? extends T> d) {
        int total = weightA + weightB + weightC + weightD;
        return random -> {
            int pick = random.nextInt(total);
            if (pick < weightA) {
                return a.next(random);
            }
            if (pick < weightA + weightB) {
                return b.next(random);
            }
            return pick < weightA + weightB + weightC ? c.next(random) : d.next(random);
        };
    }

    /**
     * Text of 0 to {@code maxLength} characters: mostly short, with printable ASCII, control characters, JSON's
     * own punctuation and any UTF-16 unit (lone surrogates included), the way a hostile client would type it.
     */
    static Gen<String> strings(int maxLength) {
        String punctuation = "\"\\{}[]:,\u0000\u2028\u2029";
        return random -> {
            int length = random.nextInt(4) == 0 ? 0 : random.nextInt(random.nextInt(maxLength) + 1) + 1;
            StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                int kind = random.nextInt(10);
                if (kind < 5) {
                    text.append((char) (' ' + random.nextInt(95)));
                } else if (kind < 6) {
                    text.append((char) random.nextInt(32));
                } else if (kind < 7) {
                    text.append(punctuation.charAt(random.nextInt(punctuation.length())));
                } else {
                    text.append((char) random.nextInt(Character.MAX_VALUE + 1));
                }
            }
            return text.toString();
        };
    }
}
