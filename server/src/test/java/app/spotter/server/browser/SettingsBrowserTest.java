package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.support.ChromiumPage;
import app.spotter.server.support.RunningServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Settings screen in Chromium: light and dark follow the system until chosen, plates and sound are kept. */
class SettingsBrowserTest {
    private static final String BACKGROUND = "getComputedStyle(document.body).backgroundColor";

    @TempDir
    Path dir;

    @Test
    void themeFollowsTheSystemUntilChosenAndTheChoiceSurvivesAReload() throws Exception {
        try (RunningServer server = RunningServer.start(dir);
             ChromiumPage page = ChromiumPage.open(390, 844)) {
            page.setCookie(server.url("/"), "spotter_session", server.owner().sessionToken());
            page.emulateColorScheme("light");
            page.navigate(server.url("/settings"));
            page.waitUntil("settings", "document.getElementById('theme-dark')");
            String light = page.evaluate(BACKGROUND);
            page.emulateColorScheme("dark");
            page.waitUntil("the dark palette", BACKGROUND + " !== '" + light + "'");
            String dark = page.evaluate(BACKGROUND);

            page.emulateColorScheme("light");
            page.evaluate("document.getElementById('theme-dark').click()");
            page.waitUntil("dark chosen on a light system", BACKGROUND + " === '" + dark + "'");
            page.navigate(server.url("/workouts"));
            page.waitUntil("the cards, still dark", "document.querySelector('.template-card') && "
                    + BACKGROUND + " === '" + dark + "'");
            page.navigate(server.url("/settings"));
            page.waitUntil("settings", "document.getElementById('theme-system')");
            assertEquals("true", page.evaluate("String(document.getElementById('theme-dark').checked)"));
            page.evaluate("document.getElementById('theme-system').click()");
            page.waitUntil("back to the system's light", BACKGROUND + " === '" + light + "'");
            assertNotEquals(light, dark);
        }
    }

    @Test
    void platesAreValidatedAndKeptAndTheSoundCanBeTried() throws Exception {
        try (RunningServer server = RunningServer.start(dir);
             ChromiumPage page = ChromiumPage.open(390, 844)) {
            page.setCookie(server.url("/"), "spotter_session", server.owner().sessionToken());
            page.navigate(server.url("/settings"));
            page.waitUntil("settings", "document.querySelector('[data-field=plates]')");
            assertEquals("25x4, 20x2, 15x2, 10x2, 5x2, 2.5x2, 1.25x2",
                    page.evaluate("document.querySelector('[data-field=plates]').value"));
            page.evaluate("document.querySelector('[data-field=plates]').value = '20x2, heavy'");
            page.evaluate("document.querySelector('[data-action=save-plates]').click()");
            page.waitUntil("the refusal", "document.getElementById('plates-error').textContent.includes('heavy')");
            assertEquals("true", page.evaluate("document.querySelector('[data-field=plates]')"
                    + ".getAttribute('aria-invalid')"));
            page.evaluate("document.querySelector('[data-field=bar-weight]').value = '15'");
            page.evaluate("document.querySelector('[data-field=plates]').value = '10x3, 2.5x1'");
            page.evaluate("document.querySelector('[data-action=save-plates]').click()");
            page.navigate(server.url("/settings"));
            page.waitUntil("settings again", "document.querySelector('[data-field=plates]')");
            assertEquals("10x3, 2.5x1", page.evaluate("document.querySelector('[data-field=plates]').value"));
            assertEquals("15", page.evaluate("document.querySelector('[data-field=bar-weight]').value"));
            assertTrue(page.evaluate("localStorage.getItem('spotter.v1.gym')").contains("\"bar\":15"));

            page.evaluate("document.querySelector('[data-action=test-sound]').click()");
            page.waitUntil("the sound started", "window.spotterSoundsPlayed === 1 && window.spotterAudio");
        }
    }

    @Test
    void choosingPoundsHereShowsTheBarAndPlatesInPoundsWithPoundDefaults() throws Exception {
        try (RunningServer server = RunningServer.start(dir);
             ChromiumPage page = ChromiumPage.open(390, 844)) {
            page.setCookie(server.url("/"), "spotter_session", server.owner().sessionToken());
            page.navigate(server.url("/settings"));
            page.waitUntil("settings", "document.querySelector('[data-field=units]')");
            assertEquals("20", page.evaluate("document.querySelector('[data-field=bar-weight]').value"));
            page.evaluate("var u = document.querySelector('[data-field=units]'); u.value = 'lb';"
                    + " u.dispatchEvent(new Event('change'))");
            page.waitUntil("the bar and plates in lb", "document.querySelector('[data-field=bar-weight]').value"
                    + " === '45'");
            assertEquals("45x4, 35x2, 25x2, 10x2, 5x2, 2.5x2",
                    page.evaluate("document.querySelector('[data-field=plates]').value"));
            assertTrue(page.evaluate("document.querySelector('.settings').textContent").contains("Bar weight (lb)"));
            assertEquals("lb", page.evaluate("localStorage.getItem('spotter.v1.units')"), "the one kg/lb choice");
        }
    }
}
