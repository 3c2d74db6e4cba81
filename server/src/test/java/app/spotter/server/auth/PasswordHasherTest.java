package app.spotter.server.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void theStoredValueIsASaltedHashNotThePassword() {
        String stored = hasher.hash("correct horse battery");
        assertFalse(stored.contains("correct horse battery"));
        assertTrue(stored.startsWith("pbkdf2-sha256$1000$"), stored);
        assertNotEquals(stored, hasher.hash("correct horse battery"), "a new salt every time");
    }

    @Test
    void onlyTheRightPasswordMatches() {
        String stored = hasher.hash("correct horse battery");
        assertTrue(hasher.matches("correct horse battery", stored));
        assertFalse(hasher.matches("correct horse batterY", stored));
        assertFalse(hasher.matches("", stored));
        assertFalse(hasher.matches("correct horse battery", "plain-text"));
    }

    @Test
    void productionCostIsAtLeast600000Iterations() {
        assertTrue(PasswordHasher.PRODUCTION_ITERATIONS >= 600_000);
        String stored = PasswordHasher.production().hash("x");
        assertTrue(stored.startsWith("pbkdf2-sha256$" + PasswordHasher.PRODUCTION_ITERATIONS + "$"), stored);
    }

    @Test
    void aHashKeepsItsOwnCostSoRaisingItLaterKeepsOldPasswordsWorking() {
        String old = new PasswordHasher(500).hash("correct horse battery");
        assertTrue(hasher.matches("correct horse battery", old));
    }
}
