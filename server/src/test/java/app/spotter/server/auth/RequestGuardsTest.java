package app.spotter.server.auth;

import app.spotter.server.support.TemplateDocs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.support.ApiClient;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.support.RunningServer;
import app.spotter.server.templates.StarterTemplates;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestGuardsTest {
    @TempDir
    Path dir;
    private RunningServer server;

    @BeforeEach
    void start() {
        server = RunningServer.start(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void everyDataRouteNeedsASignedInUser() {
        ApiClient stranger = server.client();
        for (String path : new String[] {"/api/templates", "/api/templates/x", "/api/session-draft",
                "/api/workouts", "/api/workouts/x", "/api/users"}) {
            assertEquals(401, stranger.get(path).status(), path);
        }
        assertEquals(401, stranger.post("/api/templates", TemplateDocs.body(StarterTemplates.all().get(0)))
                .status());
        assertEquals(401, stranger.put("/api/session-draft", "{}").status());
        assertEquals(401, stranger.delete("/api/session-draft/x").status());
        assertEquals(200, stranger.get("/api/health").status());
        assertEquals(200, stranger.get("/api/auth/state").status());
    }

    @Test
    void aStateChangingRequestFromAnotherSitesPageIsRefused() {
        HttpRequest.Builder forged = server.owner().jsonRequest("/api/templates")
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(TemplateDocs.body(StarterTemplates.all().get(0))));
        assertEquals(403, server.send(forged).status());
        HttpRequest.Builder sameSiteFetch = server.owner().jsonRequest("/api/templates")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString(TemplateDocs.body(StarterTemplates.all().get(0))));
        assertEquals(403, server.send(sameSiteFetch).status());
        HttpRequest.Builder ours = server.owner().jsonRequest("/api/templates")
                .header("Origin", server.url("").replaceAll("/$", ""))
                .POST(HttpRequest.BodyPublishers.ofString(TemplateDocs.body(StarterTemplates.all().get(0))));
        assertEquals(201, server.send(ours).status());
        assertEquals(3, TemplateDocs.v1List(server.get("/api/templates").body()).size(),
                "only our own page's request stored a template");
    }

    @Test
    void signInIsRateLimitedPerAddressWithAClearMessage() {
        ApiClient guesser = server.client();
        for (int i = 0; i < LoginLimiter.FREE_FAILURES_PER_ADDRESS; i++) {
            assertEquals(401, guesser.post("/api/auth/login", ApiClient.credentials("owner", "guess " + i)).status());
        }
        Reply limited = guesser.post("/api/auth/login", ApiClient.credentials("owner", RunningServer.PASSWORD));
        assertEquals(429, limited.status());
        assertTrue(limited.body().contains("Too many sign-in attempts"), limited.body());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.url("/workouts"))).build(), HttpResponse.BodyHandlers.ofString());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'")
                && !csp.contains("unsafe-inline"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertTrue(server.client().get("/api/nope").status() >= 400);
    }
}
