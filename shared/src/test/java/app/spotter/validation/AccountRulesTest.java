package app.spotter.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AccountRulesTest {
    @Test
    void aNameIsOneToFiftyCharactersWithoutControlCharacters() {
        assertNull(AccountRules.nameProblem("  Alex  "));
        assertNull(AccountRules.nameProblem("a".repeat(50)));
        assertEquals(new FieldError("name", "Name must be 1 to 50 characters"), AccountRules.nameProblem(" "));
        assertEquals("name", AccountRules.nameProblem(null).field());
        assertEquals("Name must be 1 to 50 characters", AccountRules.nameProblem("a".repeat(51)).message());
        assertEquals("Name must not contain control characters", AccountRules.nameProblem("Al\u0007ex").message());
    }

    @Test
    void aPasswordIsTenToTwoHundredCharacters() {
        assertNull(AccountRules.passwordProblem("0123456789"));
        assertNull(AccountRules.passwordProblem("p".repeat(200)));
        assertEquals(new FieldError("password", "Password must be 10 to 200 characters"),
                AccountRules.passwordProblem("012345678"));
        assertEquals("password", AccountRules.passwordProblem(null).field());
        assertEquals("password", AccountRules.passwordProblem("p".repeat(201)).field());
    }
}
