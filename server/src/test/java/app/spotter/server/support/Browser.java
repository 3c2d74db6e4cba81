package app.spotter.server.support;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.util.Cookie;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;

/**
 * HtmlUnit driving the compiled client as Chrome would, with script errors failing the test. Waits poll the DOM:
 * the player's intervals keep background JavaScript busy, so waiting for it to settle would never end.
 */
public final class Browser implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private final WebClient client = new WebClient(BrowserVersion.CHROME);

    public Browser() {
        client.getOptions().setThrowExceptionOnScriptError(true);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        client.getOptions().setCssEnabled(true);
    }

    /** Carries the sign-in of {@code user} (its session cookie), as if that user had signed in in this browser. */
    public Browser signedInAs(ApiClient user) {
        client.getCookieManager().addCookie(new Cookie("localhost", "spotter_session", user.sessionToken(), "/",
                null, false, true));
        return this;
    }

    public WebClient client() {
        return client;
    }

    public HtmlPage open(String url) {
        try {
            return client.getPage(url);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reloads the page as the user would (F5), keeping localStorage. */
    public HtmlPage reload(HtmlPage page) {
        return open(page.getUrl().toString());
    }

    /** Polls until {@code condition} holds; fails naming {@code what} after the timeout. */
    public static void waitUntil(String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (Boolean.TRUE.equals(condition.get())) {
                    return;
                }
            } catch (RuntimeException e) {
                // The DOM is being redrawn; look again.
            }
            pause();
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    /**
     * Polls until every assertion in {@code check} holds at the same moment; on timeout fails with the last
     * assertion that did not. Use it instead of waiting for one thing and then reading another once.
     */
    public static void eventually(String what, Runnable check) {
        eventually(what, TIMEOUT, check);
    }

    /**
     * {@link #eventually(String, Runnable)} for up to {@code within}: for what waits on a heartbeat, not a redraw.
     * Waits longer than the default look less often, so a two-minute wait does not keep a core busy.
     */
    public static void eventually(String what, Duration within, Runnable check) {
        long deadline = System.nanoTime() + within.toNanos();
        long pauseMillis = within.compareTo(TIMEOUT) > 0 ? 200 : 25;
        Throwable last = null;
        while (System.nanoTime() < deadline) {
            try {
                check.run();
                return;
            } catch (AssertionError | RuntimeException e) {
                last = e;
            }
            pause(pauseMillis);
        }
        throw new AssertionError("timed out waiting for " + what + ": " + (last == null ? "" : last.getMessage()),
                last);
    }

    /** Waits for the first element matching {@code selector} and returns it. */
    public static DomElement waitFor(HtmlPage page, String selector) {
        waitUntil(selector, () -> page.querySelector(selector) != null);
        return page.querySelector(selector);
    }

    /** Reads a localStorage value of the page's origin. */
    public static String localStorage(HtmlPage page, String key) {
        Object value = page.executeJavaScript("localStorage.getItem('" + key + "')").getJavaScriptResult();
        return value == null ? null : value.toString();
    }

    private static void pause() {
        pause(25);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
