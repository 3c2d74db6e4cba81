package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.support.ApiClient;
import app.spotter.server.support.Browser;
import app.spotter.server.support.RunningServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The owner's Household screen in the compiled client against the real server. */
class HouseholdBrowserTest {
    private static final String SAM_PASSWORD = "sam prefers cardio";

    @TempDir
    Path dir;
    private final Browser browser = new Browser();
    private RunningServer server;

    @AfterEach
    void stop() {
        browser.close();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theOwnerResetsAMembersPasswordAndRemovesThemAfterConfirming() {
        server = RunningServer.start(dir);
        server.addMember("Sam", SAM_PASSWORD);
        browser.signedInAs(server.owner());
        AccountScreens household = new AccountScreens(browser.open(server.url("/settings/users")));
        Browser.waitUntil("two accounts", () -> household.page().querySelectorAll(".member-row").size() == 2);
        assertNull(household.page().querySelector(".member-row:nth-child(1) [data-action=remove-member]"),
                "the owner cannot be removed");

        household.click(".member-row:nth-child(2) [data-action=reset-password]");
        household.fill(".member-row:nth-child(2) [data-field=password]", "a brand new password");
        household.click("[data-action=save-password]");
        Browser.waitUntil("the new password confirmed", () -> household.page().querySelector(".banner") != null
                && household.text(".banner").contains("New password set for Sam"));
        assertEquals(401, server.client().post("/api/auth/login",
                ApiClient.credentials("Sam", SAM_PASSWORD)).status());
        server.client().signIn("Sam", "a brand new password");

        household.click(".member-row:nth-child(2) [data-action=remove-member]");
        assertTrue(household.text(".modal").contains("Remove Sam?"));
        household.click("[data-action=confirm-remove]");
        Browser.waitUntil("Sam removed", () -> household.page().querySelectorAll(".member-row").size() == 1);
        assertEquals(401, server.client().post("/api/auth/login",
                ApiClient.credentials("Sam", "a brand new password")).status());
    }
}
