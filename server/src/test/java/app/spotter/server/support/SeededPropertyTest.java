package app.spotter.server.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SeededPropertyTest {
    @AfterEach
    void clearSeed() {
        System.clearProperty(SeededProperty.SEED);
    }

    @Test
    void runsTheCheckOnceForEveryTry() {
        List<Integer> seen = new ArrayList<>();
        SeededProperty.forAll("counts", 37, Gen.between(0, 9), seen::add);
        assertEquals(37, seen.size());
    }

    @Test
    void aFailureNamesTheSeedAndTheSameSeedReplaysTheSameInputs() {
        List<String> firstRun = new ArrayList<>();
        AssertionError failure = assertThrows(AssertionError.class, () -> SeededProperty.forAll("fails on the 5th",
                50, Gen.strings(30), input -> {
                    firstRun.add(input);
                    assertTrue(firstRun.size() < 5, "too many");
                }));
        String message = failure.getMessage();
        assertTrue(message.contains("fails on the 5th failed on try 5 of 50"), message);
        String seed = message.substring(message.indexOf("-Dspotter.seed=") + "-Dspotter.seed=".length()).lines()
                .findFirst().orElseThrow();

        System.setProperty(SeededProperty.SEED, seed);
        List<String> replay = new ArrayList<>();
        assertThrows(AssertionError.class, () -> SeededProperty.forAll("fails on the 5th", 50, Gen.strings(30),
                input -> {
                    replay.add(input);
                    assertTrue(replay.size() < 5, "too many");
                }));
        assertEquals(firstRun, replay);
    }

    @Test
    void withoutAGivenSeedEachRunDrawsNewInputs() {
        List<Long> a = new ArrayList<>();
        List<Long> b = new ArrayList<>();
        SeededProperty.forAll("a", 5, random -> random.nextLong(), a::add);
        SeededProperty.forAll("b", 5, random -> random.nextLong(), b::add);
        assertNotEquals(a, b);
    }

    @Test
    void betweenStaysInsideBothEndsAndReachesThem() {
        Random random = new Random(1);
        Gen<Integer> gen = Gen.between(-2, 2);
        List<Integer> seen = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int x = gen.next(random);
            assertTrue(x >= -2 && x <= 2, "out of range: " + x);
            seen.add(x);
        }
        assertTrue(seen.contains(-2) && seen.contains(2), "both ends drawn");
        assertTrue(Gen.between(Integer.MIN_VALUE, Integer.MAX_VALUE).next(random) != null);
    }

    @Test
    void frequencyFollowsTheWeights() {
        Random random = new Random(7);
        Gen<String> gen = Gen.frequency(6, r -> "a", 2, r -> "b", 1, r -> "c", 1, r -> "d");
        int a = 0;
        int d = 0;
        for (int i = 0; i < 10_000; i++) {
            String x = gen.next(random);
            a += x.equals("a") ? 1 : 0;
            d += x.equals("d") ? 1 : 0;
        }
        assertTrue(a > 5_700 && a < 6_300, "about 60 % a: " + a);
        assertTrue(d > 800 && d < 1_200, "about 10 % d: " + d);
    }

    @Test
    void stringsIncludeEmptyTextAndRespectTheMaximumLength() {
        Random random = new Random(3);
        Gen<String> gen = Gen.strings(20);
        boolean empty = false;
        boolean control = false;
        for (int i = 0; i < 1_000; i++) {
            String s = gen.next(random);
            assertTrue(s.length() <= 20, "too long: " + s.length());
            empty |= s.isEmpty();
            control |= s.chars().anyMatch(c -> c < 32);
        }
        assertTrue(empty && control, "empty text and control characters are drawn");
    }
}
