package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.support.Axe;
import app.spotter.server.support.ChromiumPage;
import app.spotter.server.support.RunningServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * axe-core on the player in Chromium, light and dark: the running workout, its exercise form, Finish refused and
 * asked, the discard dialog and the summary have no "serious" or "critical" violation (accessible names on every
 * control among them). AccessibilityAuditTest walks the same screens as part of the whole app.
 */
class PlayerAccessibilityTest {
    @TempDir
    Path dir;

    /** One audited screen: waits for {@code ready}, then runs axe. */
    interface Audit {
        void screen(ChromiumPage page, String name, String ready) throws Exception;
    }

    /** The player, reached through Start like a user would, with each of its forms and dialogs open. */
    static void walkThePlayer(RunningServer server, ChromiumPage page, String prefix, Audit audit) throws Exception {
        page.navigate(server.url("/workouts"));
        page.waitUntil("the cards", "document.querySelector('.template-card [data-action=start]')");
        page.evaluate("document.querySelector('.template-card [data-action=start]').click()");
        audit.screen(page, prefix, "document.querySelector('[data-action=done]')");
        page.evaluate("document.querySelector('[data-action=add-exercise]').click()");
        audit.screen(page, prefix + ", exercise form", "document.querySelector('#exercise-names')");
        page.evaluate("document.querySelector('[data-action=cancel-exercise-form]').click()");
        page.evaluate("document.querySelector('[data-action=finish]').click()");
        audit.screen(page, prefix + ", finish refused", "document.querySelector('.finish-modal')");
        page.evaluate("document.querySelector('[data-action=keep-going]').click()");
        page.navigate(server.url("/workouts"));
        audit.screen(page, "workouts with a workout in progress", "document.querySelector('.banner-active')");
        page.evaluate("document.querySelector('.banner-active [data-action=resume]').click()");
        page.waitUntil("the player", "document.querySelector('[data-action=discard]')");
        page.evaluate("document.querySelector('[data-action=done]').click()");
        page.evaluate("document.querySelector('[data-action=finish]').click()");
        audit.screen(page, prefix + ", finish question", "document.querySelector('[data-action=finish-anyway]')");
        page.evaluate("document.querySelector('[data-action=keep-going]').click()");
        page.evaluate("document.querySelector('[data-action=discard]').click()");
        audit.screen(page, prefix + ", discard dialog", "document.querySelector('.discard-modal')");
        page.evaluate("document.querySelector('[data-action=cancel-discard]').click()");
        page.evaluate("document.querySelector('[data-action=finish]').click()");
        page.waitUntil("the question", "document.querySelector('[data-action=finish-anyway]')");
        page.evaluate("document.querySelector('[data-action=finish-anyway]').click()");
        audit.screen(page, prefix + ", summary", "document.querySelector('.log-status.saved')");
    }

    @Test
    void everyPlayerScreenAndDialogHasNoSeriousOrCriticalViolationInLightAndDark() throws Exception {
        List<String> failures = new ArrayList<>();
        List<String> audited = new ArrayList<>();
        try (RunningServer server = RunningServer.start(dir);
             ChromiumPage page = ChromiumPage.open(390, 844)) {
            page.setCookie(server.url("/"), "spotter_session", server.owner().sessionToken());
            for (String scheme : new String[] {"light", "dark"}) {
                page.emulateColorScheme(scheme);
                walkThePlayer(server, page, "player, " + scheme, (p, name, ready) -> {
                    p.waitUntil(name, ready);
                    audited.add(name);
                    List<Axe.Violation> serious = Axe.seriousOrCritical(Axe.audit(p));
                    if (!serious.isEmpty()) {
                        failures.add(name + ": " + serious);
                    }
                });
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(audited.size() == 14, "seven screens in each scheme: " + audited);
    }
}
