package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.server.support.ApiClient;
import app.spotter.server.support.Axe;
import app.spotter.server.support.ChromiumPage;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.SessionDocs;
import app.spotter.workout.Workout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * axe-core on every screen of the app in Chromium, on a phone-sized page, in light and dark, with each dialog open:
 * no violation of impact "serious" or "critical", the player (/workouts/active) with its exercise form, Finish
 * question, discard dialog and summary included. The full report is written to target/axe-report.txt.
 */
class AccessibilityAuditTest {
    private static final String PLAYER = "player";

    @TempDir
    Path dir;

    private final Map<String, List<Axe.Violation>> found = new LinkedHashMap<>();
    private String activeKey;

    @Test
    void everyScreenAndDialogHasNoSeriousOrCriticalViolationInLightAndDark() throws Exception {
        try (RunningServer server = RunningServer.start(dir);
             ChromiumPage page = ChromiumPage.open(390, 844)) {
            long start = System.currentTimeMillis() - 86_400_000L;
            Workout bench = SessionDocs.complete(SessionDocs.start(SessionDocs.sized("Bench day", 1, 2), "w1", start,
                    "laptop"), 0, 0, SessionDocs.at(start + 2, "laptop"));
            assertEquals(201, server.post("/api/workouts", SessionDocs.json(SessionDocs.finish(bench,
                    SessionDocs.at(start + 1_800_000, "laptop")))).status());
            ApiClient member = server.addMember("sam", "a long member password");
            assertEquals(201, server.post("/api/custom-exercises", "{\"name\":\"Anderson Squat\","
                    + "\"kind\":\"weight_reps\",\"muscle\":\"quads\",\"equipment\":\"barbell\"}").status());
            page.navigate(server.url("/workouts"));
            audit(page, "sign-in", "document.querySelector('input[type=password]')");
            page.setCookie(server.url("/"), "spotter_session", server.owner().sessionToken());
            activeKey = "spotter.v1.u." + Json.parseObject(server.get("/api/auth/state").body()).getObject("user")
                    .getString("id") + ".activeSession";
            for (String scheme : new String[] {"light", "dark"}) {
                page.emulateColorScheme(scheme);
                walkTheApp(server, page, scheme);
            }
            auditThePlayer(server, page);
            page.navigate(server.url("/settings"));
            page.waitUntil("settings", "document.querySelector('[data-field=theme]')");
            page.evaluate("document.getElementById('theme-dark').click()");
            audit(page, "settings, dark chosen on a light system", "document.documentElement.dataset.theme === 'dark'");
            page.setCookie(server.url("/"), "spotter_session", member.sessionToken());
            page.navigate(server.url("/settings/users"));
            audit(page, "household as a member", "document.body.innerText.includes('What only the owner can do')");
        }
        StringBuilder report = new StringBuilder();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<Axe.Violation>> screen : found.entrySet()) {
            report.append(screen.getKey()).append(": ").append(screen.getValue().isEmpty() ? "no violations" : "")
                    .append('\n');
            for (Axe.Violation v : screen.getValue()) {
                report.append("  ").append(v).append('\n');
            }
            if (!Axe.seriousOrCritical(screen.getValue()).isEmpty()) {
                failures.add(screen.getKey() + ": " + Axe.seriousOrCritical(screen.getValue()));
            }
        }
        Path out = Path.of("target", "axe-report.txt");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        assertTrue(found.size() >= 20, "audited every screen: " + found.keySet());
        assertTrue(failures.isEmpty(), String.join("\n", failures) + "\n(full report in " + out.toAbsolutePath()
                + ")");
    }

    private void walkTheApp(RunningServer server, ChromiumPage page, String scheme) throws Exception {
        page.navigate(server.url("/workouts"));
        audit(page, "workouts, " + scheme, "document.querySelectorAll('.template-card').length > 0");
        page.evaluate("document.querySelector('.template-card [data-action=delete]').click()");
        audit(page, "workouts, delete dialog, " + scheme, "document.querySelector('[role=dialog]')");
        page.press("Escape", false);
        page.waitUntil("the dialog closed", "!document.querySelector('[role=dialog]')");

        page.navigate(server.url("/workouts/new"));
        audit(page, "new template, " + scheme, "document.querySelector('[data-action=save]')");
        page.evaluate("(() => { const i = document.querySelector('input[data-field=name]'); i.value = 'Legs';"
                + " i.dispatchEvent(new Event('input', {bubbles: true})); })()");
        page.evaluate("document.querySelector('[data-action=cancel]').click()");
        audit(page, "new template, discard dialog, " + scheme, "document.querySelector('[role=dialog]')");

        page.navigate(server.url("/history"));
        audit(page, "history, " + scheme, "document.querySelector('.history-item')");
        page.navigate(server.url("/history/w1"));
        audit(page, "workout, " + scheme, "document.querySelector('[data-action=delete]')");
        page.evaluate("document.querySelector('[data-action=delete]').click()");
        audit(page, "workout, delete dialog, " + scheme, "document.querySelector('[role=dialog]')");

        page.navigate(server.url("/progress"));
        audit(page, "progress, " + scheme, "document.querySelector('.exercise-picker') && document.querySelector('svg')");
        page.navigate(server.url("/settings"));
        audit(page, "settings, " + scheme, "document.querySelector('[data-field=plates]')");
        page.navigate(server.url("/settings/exercises"));
        audit(page, "exercises, " + scheme, "document.querySelector('li.custom-exercise select')");
        page.navigate(server.url("/settings/users"));
        audit(page, "household, " + scheme, "document.querySelector('[data-action=remove-member]')");
        page.evaluate("document.querySelector('[data-action=remove-member]').click()");
        audit(page, "household, remove dialog, " + scheme, "document.querySelector('[role=dialog]')");

        page.evaluate("localStorage.setItem('" + activeKey + "', JSON.stringify({sessionData: {schema: 1,"
                + " name: 'Push day', startedAt: Date.now() - 60000}}))");
        page.navigate(server.url("/history"));
        audit(page, "history with a workout in progress, " + scheme, "document.querySelector('.banner-active')");
        page.evaluate("localStorage.removeItem('" + activeKey + "')");
    }

    private void auditThePlayer(RunningServer server, ChromiumPage page) throws Exception {
        PlayerAccessibilityTest.walkThePlayer(server, page, PLAYER, this::audit);
    }

    private void audit(ChromiumPage page, String screen, String ready) throws Exception {
        page.waitUntil(screen, ready);
        found.put(screen, Axe.audit(page));
    }
}
