package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.workout.Workout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.WebResponseData;
import org.htmlunit.util.NameValuePair;
import org.htmlunit.util.WebConnectionWrapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A device whose clock is 5 minutes fast shows and logs the server's times once it has talked to the server. */
class ClockSkewBrowserTest {
    private static final long FAST = 5 * 60_000;
    @TempDir
    Path dir;
    private PlayerFixture app;

    @BeforeEach
    void start() {
        app = new PlayerFixture(dir);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    // The page's clock runs 5 minutes fast from its first script on, as a phone set wrong would.
    private void fastDeviceClock() {
        new WebConnectionWrapper(app.browser.client()) {
            @Override
            public WebResponse getResponse(WebRequest request) throws IOException {
                WebResponse response = super.getResponse(request);
                if (!request.getUrl().getPath().equals("/js/start.js")) {
                    return response;
                }
                String shifted = "(function () { var real = Date.now; Date.now = function () {"
                        + " return real.call(Date) + " + FAST + "; }; })();\n" + response.getContentAsString();
                List<NameValuePair> headers = new ArrayList<>();
                for (NameValuePair header : response.getResponseHeaders()) {
                    String name = header.getName().toLowerCase(Locale.ROOT);
                    if (!name.equals("content-length") && !name.equals("content-encoding")) {
                        headers.add(header);
                    }
                }
                WebResponseData data = new WebResponseData(shifted.getBytes(StandardCharsets.UTF_8),
                        response.getStatusCode(), response.getStatusMessage(), headers);
                return new WebResponse(data, request, response.getLoadTime());
            }
        };
    }

    @Test
    void aFastDeviceClockShowsTheRightTimerAndRestAndLogsTheRightDuration() {
        fastDeviceClock();
        app.startedElsewhere(app.push, "s-skew", 60_000);
        PlayerScreen screen = app.open("/workouts/active");
        screen.eventually("the timer by the server's clock after the first sync", () -> {
            assertEquals("synced", screen.text("#sync-status"));
            long timer = screen.timerSeconds();
            assertTrue(timer >= 60 && timer < 90, "timer " + timer + " s, not 5 minutes more");
        });

        screen.tapSet("done", 0, 0);

        screen.eventually("the timer and the rest by the server's clock", () -> {
            assertEquals("synced", screen.text("#sync-status"));
            long timer = screen.timerSeconds();
            assertTrue(timer >= 60 && timer < 90, "timer " + timer + " s, not 5 minutes more");
            long rest = screen.restSeconds();
            assertTrue(rest > 70 && rest <= 90, "rest " + rest + " s of 90");
        });
        screen.tap("finish");
        screen.tap("finish-anyway");
        screen.waitFor("the workout saved", () -> screen.count(".log-status.saved") == 1);
        List<Workout> logged = app.logged();
        long duration = logged.get(0).durationSeconds();
        assertTrue(duration >= 60 && duration < 90, "logged duration " + duration + " s");
    }
}
