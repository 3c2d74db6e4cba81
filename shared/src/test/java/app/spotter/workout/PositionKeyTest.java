package app.spotter.workout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PositionKeyTest {
    @Test
    void betweenIsStrictlyBetweenItsNeighbours() {
        String a = PositionKey.first();
        String b = PositionKey.between(a, null);
        String c = PositionKey.between(a, b);
        String d = PositionKey.between(null, a);
        assertTrue(d.compareTo(a) < 0 && a.compareTo(c) < 0 && c.compareTo(b) < 0);
    }

    @Test
    void randomInsertionsKeepEveryKeyValidAndInOrder() {
        Random random = new Random(42);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int gap = random.nextInt(keys.size() + 1);
            String before = gap == 0 ? null : keys.get(gap - 1);
            String after = gap == keys.size() ? null : keys.get(gap);
            String key = PositionKey.between(before, after);
            assertTrue(PositionKey.isValid(key), key);
            keys.add(gap, key);
        }
        for (int i = 1; i < keys.size(); i++) {
            assertTrue(keys.get(i - 1).compareTo(keys.get(i)) < 0, keys.get(i - 1) + " / " + keys.get(i));
        }
    }

    @Test
    void appendingTwentyTimesKeepsKeysShort() {
        String key = PositionKey.first();
        for (int i = 0; i < 20; i++) {
            key = PositionKey.between(key, null);
        }
        assertTrue(key.length() <= 5, key);
    }

    @Test
    void spreadGivesIncreasingDistinctKeys() {
        for (int n : new int[] {0, 1, 2, 8, 61, 62, 400, 5000}) {
            List<String> keys = PositionKey.spread(n);
            assertEquals(n, keys.size());
            for (int i = 0; i < n; i++) {
                assertTrue(PositionKey.isValid(keys.get(i)), keys.get(i));
                assertTrue(i == 0 || keys.get(i - 1).compareTo(keys.get(i)) < 0);
            }
        }
    }

    @Test
    void keysOutOfOrderOrMalformedAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PositionKey.between("b", "a"));
        assertThrows(IllegalArgumentException.class, () -> PositionKey.between("a", "a"));
        assertThrows(IllegalArgumentException.class, () -> PositionKey.between("a0", null));
        assertFalse(PositionKey.isValid(""));
        assertFalse(PositionKey.isValid("a-b"));
    }
}
