package app.spotter.client.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.account.SignedInUser;
import org.junit.jupiter.api.Test;

class HouseholdTest {
    private static final String TWO = "[{\"id\":\"u-1\",\"name\":\"Alex\",\"role\":\"owner\"},"
            + "{\"id\":\"u-2\",\"name\":\"Sam\",\"role\":\"member\"}]";
    private final FakeHttp http = new FakeHttp();
    private final Household household = new Household(http);

    @Test
    void listsTheAccountsInTheServersOrder() {
        household.load();
        http.last().answer(200, TWO);
        assertTrue(household.loaded());
        assertEquals("Alex", household.users().get(0).name());
        assertTrue(household.users().get(0).isOwner());
        assertEquals("u-2", household.users().get(1).id());
    }

    @Test
    void aListWithAnAccountMissingItsNameIsAReadableError() {
        household.load();
        http.last().answer(200, "[{\"id\":\"u-1\",\"role\":\"owner\"}]");
        assertFalse(household.loaded());
        assertEquals("The server's answer could not be read: name is required", household.error());
    }

    @Test
    void aTakenNameShowsTheServersMessageAndKeepsTheForm() {
        boolean[] cleared = {false};
        household.add("Sam", "sam prefers cardio", () -> cleared[0] = true);
        assertEquals("POST /api/users", http.last().line());
        http.last().answer(409, "{\"error\":\"The name Sam is taken\",\"field\":\"name\"}");
        assertEquals("The name Sam is taken", household.error());
        assertEquals(false, cleared[0]);
    }

    @Test
    void aPasswordTooShortForTheServerIsRefusedHereInTheServersWords() {
        int sent = http.requests.size();
        household.add("Sam", "short", () -> { });
        household.resetPassword(new SignedInUser("u-2", "Sam", "member"), "", () -> { });
        assertEquals(sent, http.requests.size());
        assertEquals("Password must be 10 to 200 characters.", household.error());
    }

    @Test
    void resettingAndRemovingReloadTheList() {
        SignedInUser sam = new SignedInUser("u-2", "Sam", "member");
        household.resetPassword(sam, "a brand new password", () -> { });
        assertEquals("PUT /api/users/u-2/password", http.last().line());
        http.last().answer(204, "");
        assertEquals("GET /api/users", http.last().line());
        assertTrue(household.done().contains("Sam"));
        household.remove(sam);
        assertEquals("DELETE /api/users/u-2", http.last().line());
        http.last().answer(204, "");
        assertEquals("GET /api/users", http.last().line());
        assertEquals("Removed Sam.", household.done());
    }
}
