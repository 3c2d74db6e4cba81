package app.spotter.server.bench;

import app.spotter.server.support.ChromiumPage;
import app.spotter.server.support.RunningServer;
import com.grack.nanojson.JsonObject;
import java.nio.file.Path;

/**
 * The player on a slow phone on a slow network (DevTools' "Fast 3G" and the CPU throttled 4x): time from the
 * navigation to the workout timer ticking, on a first visit (nothing cached), a reload, and a reload with the
 * server gone (from the service worker). The baseline is a plain JSON page under the same throttling.
 */
final class SlowLoadBench {
    private static final int FIRST_VISITS = 3;
    private static final int RELOADS = 5;
    /** DevTools' "Fast 3G": 562.5 ms round trip, about 1.44 Mbit/s down and 675 kbit/s up. */
    private static final double LATENCY_MS = 562.5;
    private static final double DOWN_BYTES_PER_SECOND = 1_474_560 / 8.0;
    private static final double UP_BYTES_PER_SECOND = 675_000 / 8.0;
    /** Installed before any page script: when the timer first shows a time, and when it first moves on. */
    private static final String PROBE = """
            window.__shown = 0; window.__ticking = 0;
            new MutationObserver(function () {
              var timer = document.getElementById('workout-timer');
              if (!timer || !document.querySelector('.exercise.active')) { return; }
              if (!window.__shown) { window.__shown = performance.now(); window.__first = timer.textContent; }
              else if (!window.__ticking && timer.textContent !== window.__first) { window.__ticking = performance.now(); }
            }).observe(document, {childList: true, subtree: true, characterData: true});
            """;

    private SlowLoadBench() {
    }

    static void run(Results results, Path workDir) throws Exception {
        RunningServer server = RunningServer.start(workDir.resolve("slow-load-bench"));
        try {
            BenchWorkouts.storeDraft(server, "slow-load", 8, 4);
            double[] first = new double[FIRST_VISITS];
            double[] firstShown = new double[FIRST_VISITS];
            double[] plain = new double[FIRST_VISITS];
            for (int i = 0; i < FIRST_VISITS; i++) {
                try (ChromiumPage page = slowPage(server)) {
                    plain[i] = plainPage(page, server);
                }
                try (ChromiumPage page = slowPage(server)) {
                    double[] visit = ticking(page, server.url("/workouts/active"));
                    first[i] = visit[1];
                    firstShown[i] = visit[0];
                }
            }
            double baseline = Results.median(plain);
            results.add("first visit to /workouts/active, Fast 3G + CPU 4x: to the timer ticking (shown at "
                    + Results.fmt(Results.median(firstShown)) + " ms)", Results.median(first), "ms",
                    "a plain JSON page, first visit", baseline, "", true);
            try (ChromiumPage page = slowPage(server)) {
                ticking(page, server.url("/workouts/active"));
                page.waitUntil("the service worker controls the page", "navigator.serviceWorker.controller");
                double[] reload = new double[RELOADS];
                double[] shown = new double[RELOADS];
                for (int i = 0; i < RELOADS; i++) {
                    double[] visit = ticking(page, server.url("/workouts/active"));
                    reload[i] = visit[1];
                    shown[i] = visit[0];
                }
                results.add("reload of /workouts/active, Fast 3G + CPU 4x: to the timer ticking (shown at "
                        + Results.fmt(Results.median(shown)) + " ms)", Results.median(reload), "ms",
                        "a plain JSON page, first visit", baseline, "", true);
                String url = server.url("/workouts/active");
                server.close();
                double[] offline = new double[RELOADS];
                for (int i = 0; i < RELOADS; i++) {
                    offline[i] = ticking(page, url)[1];
                }
                results.add("reload of /workouts/active with the server gone (service worker), CPU 4x: to the "
                        + "timer ticking", Results.median(offline), "ms", "a plain JSON page, first visit", baseline,
                        "", true);
            }
        } finally {
            server.close();
        }
    }

    private static ChromiumPage slowPage(RunningServer server) throws Exception {
        ChromiumPage page = ChromiumPage.open(390, 844);
        page.setCookie(server.url("/"), "spotter_session", server.owner().sessionToken());
        JsonObject probe = new JsonObject();
        probe.put("source", PROBE);
        page.call("Page.addScriptToEvaluateOnNewDocument", probe);
        page.call("Network.enable", new JsonObject());
        JsonObject network = new JsonObject();
        network.put("offline", false);
        network.put("latency", LATENCY_MS);
        network.put("downloadThroughput", DOWN_BYTES_PER_SECOND);
        network.put("uploadThroughput", UP_BYTES_PER_SECOND);
        page.call("Network.emulateNetworkConditions", network);
        TapBench.throttle(page, 4);
        return page;
    }

    /** Navigates and waits for the timer: {when it was first shown, when it first ticked}, ms from navigation. */
    private static double[] ticking(ChromiumPage page, String url) throws Exception {
        page.navigate(url);
        page.waitUntil("the timer ticking", "window.__ticking");
        return new double[] {Double.parseDouble(page.evaluate("String(window.__shown)")),
            Double.parseDouble(page.evaluate("String(window.__ticking)"))};
    }

    private static double plainPage(ChromiumPage page, RunningServer server) throws Exception {
        page.navigate(server.url("/api/health"));
        page.waitUntil("the health answer", "document.readyState === 'complete'"
                + " && performance.getEntriesByType('navigation').length"
                + " && performance.getEntriesByType('navigation')[0].loadEventEnd > 0");
        return Double.parseDouble(page.evaluate("String(performance.getEntriesByType('navigation')[0].loadEventEnd)"));
    }
}
