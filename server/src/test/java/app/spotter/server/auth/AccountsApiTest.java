package app.spotter.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.server.support.ApiClient;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.support.RunningServer;
import com.grack.nanojson.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsApiTest {
    @TempDir
    Path dir;
    private RunningServer server;

    @BeforeEach
    void start() {
        server = RunningServer.start(dir.resolve("spotter.db"), System::currentTimeMillis);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static JsonObject json(Reply reply) {
        return Json.parseObject(reply.body());
    }

    @Test
    void aFreshServerAsksForTheOwnerAndThenClosesSetup() {
        ApiClient visitor = server.client();
        assertTrue(json(visitor.get("/api/auth/state")).getBoolean("setupNeeded"));
        assertEquals(401, visitor.get("/api/templates").status(), "nothing is open before setup");
        Reply setup = visitor.post("/api/auth/setup", ApiClient.credentials("Alex", "long enough pass"));
        assertEquals(201, setup.status(), setup.body());
        assertEquals("owner", json(setup).getString("role"));
        assertFalse(json(visitor.get("/api/auth/state")).getBoolean("setupNeeded"));
        assertEquals("Alex", json(visitor.get("/api/auth/state")).getObject("user").getString("name"));
        assertEquals(2, Json.parseArray(visitor.get("/api/templates").body()).size(), "the owner gets starters");

        Reply again = server.client().post("/api/auth/setup", ApiClient.credentials("Mallory", "long enough pass"));
        assertEquals(409, again.status(), "setup is closed once the owner exists");
    }

    @Test
    void setupRefusesShortPasswordsAndEmptyNames() {
        Reply shortPassword = server.client().post("/api/auth/setup", ApiClient.credentials("Alex", "short"));
        assertEquals(400, shortPassword.status());
        assertEquals("password", json(shortPassword).getString("field"));
        assertEquals(400, server.client().post("/api/auth/setup", ApiClient.credentials(" ", "long enough pass"))
                .status());
        assertTrue(json(server.client().get("/api/auth/state")).getBoolean("setupNeeded"));
    }

    @Test
    void theSignInCookieIsHttpOnlySameSiteAndEachSignInGetsANewToken() {
        server.setUpOwner();
        ApiClient browser = server.client();
        Reply first = browser.post("/api/auth/login", ApiClient.credentials(RunningServer.OWNER,
                RunningServer.PASSWORD));
        assertEquals(200, first.status());
        assertTrue(first.setCookie().startsWith("spotter_session="), first.setCookie());
        assertTrue(first.setCookie().contains("HttpOnly"), first.setCookie());
        assertTrue(first.setCookie().contains("SameSite=Strict"), first.setCookie());
        assertTrue(first.setCookie().contains("Max-Age="), first.setCookie());
        String token = browser.sessionToken();
        assertTrue(token.length() >= 43, "at least 256 bits, base64url");
        browser.post("/api/auth/login", ApiClient.credentials(RunningServer.OWNER, RunningServer.PASSWORD));
        assertFalse(token.equals(browser.sessionToken()), "a new token at every sign-in");
    }

    @Test
    void overHttpsBehindAProxyTheCookieIsSecureWithTheHostPrefix() {
        server.close();
        server = RunningServer.startBehindProxy(dir.resolve("proxy.db"));
        Reply setup = server.client().send(server.client().jsonRequest("/api/auth/setup")
                .header("X-Forwarded-Proto", "https")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(ApiClient.credentials("Alex",
                        "long enough pass"))));
        assertEquals(201, setup.status(), setup.body());
        assertTrue(setup.setCookie().startsWith("__Host-spotter_session="), setup.setCookie());
        assertTrue(setup.setCookie().contains("; Secure"), setup.setCookie());
        assertTrue(setup.setCookie().contains("Path=/"), setup.setCookie());
    }

    @Test
    void signingOutRevokesTheTokenOnTheServer() {
        server.setUpOwner();
        ApiClient browser = server.client().signIn(RunningServer.OWNER, RunningServer.PASSWORD);
        String token = browser.sessionToken();
        assertEquals(204, browser.post("/api/auth/logout", "{}").status());
        ApiClient thief = server.client();
        Reply replay = thief.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                server.url("/api/templates"))).header("Cookie", "spotter_session=" + token).GET());
        assertEquals(401, replay.status(), "a copied cookie is worthless after sign-out");
    }

    @Test
    void wrongPasswordAndUnknownNameGetTheSameAnswer() {
        server.setUpOwner();
        Reply wrong = server.client().post("/api/auth/login", ApiClient.credentials(RunningServer.OWNER,
                "not the password"));
        Reply unknown = server.client().post("/api/auth/login", ApiClient.credentials("nobody",
                "not the password"));
        assertEquals(401, wrong.status());
        assertEquals(wrong.status(), unknown.status());
        assertEquals(wrong.body(), unknown.body());
    }

    @Test
    void theOwnerAddsResetsAndRemovesMembersAndMembersCannot() {
        server.setUpOwner();
        ApiClient sam = server.addMember("Sam", "sams password");
        assertEquals(403, sam.get("/api/users").status());
        assertEquals(403, sam.post("/api/users", ApiClient.credentials("Eve", "eves password")).status());
        assertEquals(409, server.owner().post("/api/users", ApiClient.credentials("sam", "other password"))
                .status(), "names are unique regardless of case");
        String samId = json(sam.get("/api/auth/state")).getObject("user").getString("id");

        assertEquals(204, server.owner().put("/api/users/" + samId + "/password", "{\"password\":\"new password!\"}")
                .status());
        assertEquals(401, sam.get("/api/templates").status(), "a reset signs the member out everywhere");
        ApiClient samAgain = server.client().signIn("Sam", "new password!");
        assertEquals(200, samAgain.get("/api/templates").status());

        assertEquals(204, server.owner().delete("/api/users/" + samId).status());
        assertEquals(401, samAgain.get("/api/templates").status(), "a removed member is signed out at once");
        assertEquals(401, server.client().post("/api/auth/login", ApiClient.credentials("Sam", "new password!"))
                .status());
        int leftovers = server.database().read(h -> h.createQuery(
                "SELECT COUNT(*) FROM templates WHERE user_id = :id").bind("id", samId).mapTo(Integer.class).one());
        assertEquals(0, leftovers, "a removed member's data goes with them");
    }

    @Test
    void theOwnerCannotBeRemoved() {
        server.setUpOwner();
        String ownerId = json(server.get("/api/auth/state")).getObject("user").getString("id");
        assertEquals(400, server.delete("/api/users/" + ownerId).status());
    }
}
