package app.spotter.server.bench;

import app.spotter.server.support.ChromiumPage;
import app.spotter.server.support.RunningServer;
import app.spotter.workout.WorkoutCodec;
import com.grack.nanojson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tap to next paint in the player with the CPU throttled 4x (a slow phone), marking sets done and editing a weight,
 * on a normal (8 x 4) and a huge (40 x 10) workout; the baseline is the same tap on a page that only toggles a
 * button. With it, the bytes each set completion sends to the server, against the whole workout document.
 */
final class TapBench {
    private static final int DONE_TAPS = 24;
    private static final int EDITS = 20;
    private static final double CPU_SLOWDOWN = 4;
    /** Installed before any page script: counts the draft syncs' bytes, and times a tap to the next paint. */
    private static final String PROBE = """
            window.__syncBytes = [];
            (function () {
              var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
              XMLHttpRequest.prototype.open = function (method, url) {
                this.__draft = method === 'PUT' && String(url).indexOf('/api/session-draft') >= 0;
                return open.apply(this, arguments);
              };
              XMLHttpRequest.prototype.send = function (body) {
                if (this.__draft && body) { window.__syncBytes.push(new TextEncoder().encode(body).length); }
                return send.apply(this, arguments);
              };
            })();
            window.__tap = function (selector, value) {
              return new Promise(function (resolve) {
                var el = document.querySelector(selector);
                if (!el) { resolve('missing ' + selector); return; }
                var t0 = performance.now(), work = 0;
                // Asked for before the tap, so this frame callback comes first in the frame after it: the time
                // read just after that frame is the tap's next paint, not what the page queued to run later.
                requestAnimationFrame(function () {
                  setTimeout(function () { resolve(work + ' ' + (performance.now() - t0)); }, 0);
                });
                if (value === undefined) { el.click(); } else {
                  el.value = value;
                  el.dispatchEvent(new Event('input', {bubbles: true}));
                  el.dispatchEvent(new Event('change', {bubbles: true}));
                }
                document.body.getBoundingClientRect();
                work = performance.now() - t0;
              });
            };
            """;

    private TapBench() {
    }

    /** What one kind of tap measured: main-thread work (handlers, style, layout) and time to the next paint. */
    private record Taps(double[] work, double[] paint) {
        double workP95() {
            return Results.percentile(work, 0.95);
        }

        double paintP95() {
            return Results.percentile(paint, 0.95);
        }
    }

    static void run(Results results, Path workDir) throws Exception {
        try (RunningServer server = RunningServer.start(workDir.resolve("tap-bench"))) {
            Taps baseline;
            try (ChromiumPage page = probed(server)) {
                baseline = baseline(page, workDir);
            }
            double normalBytes = 0;
            for (int[] shape : new int[][] {{8, 4}, {40, 10}}) {
                String label = shape[0] + " x " + shape[1];
                String sessionId = "tap-" + shape[0];
                int documentBytes = WorkoutCodec.write(BenchWorkouts.storeDraft(server, sessionId, shape[0],
                        shape[1])).length();
                // A new browser each time: the last workout's local copy is not this one's.
                try (ChromiumPage page = probed(server)) {
                    page.navigate(server.url("/workouts/active"));
                    page.waitUntil("the player", "document.querySelector('.exercise.active [data-action=done]')");
                    page.waitUntil("the first sync",
                            "document.querySelector('#sync-status').textContent === 'synced'");
                    throttle(page, CPU_SLOWDOWN);
                    double[] bytes = new double[DONE_TAPS];
                    Taps done = taps(page, DONE_TAPS, bytes);
                    Taps edit = edits(page);
                    throttle(page, 1);
                    add(results, "tap Done", label, done, baseline);
                    add(results, "edit a weight", label, edit, baseline);
                    double median = Results.median(bytes);
                    normalBytes = normalBytes == 0 ? median : normalBytes;
                    results.add("sync bytes per set completion, " + label + " session (median)", median, "B",
                            "the whole workout document", documentBytes, shape[0] == 8 ? ""
                                    : "no growth with the session (< 1.5x 8 x 4)", median < normalBytes * 1.5);
                }
                BenchWorkouts.discard(server, sessionId);
            }
        }
    }

    private static ChromiumPage probed(RunningServer server) throws Exception {
        ChromiumPage page = ChromiumPage.open(390, 844);
        page.setCookie(server.url("/"), "spotter_session", server.owner().sessionToken());
        JsonObject probe = new JsonObject();
        probe.put("source", PROBE);
        page.call("Page.addScriptToEvaluateOnNewDocument", probe);
        return page;
    }

    private static void add(Results results, String what, String label, Taps taps, Taps baseline) {
        results.add(what + " to next paint, " + label + " session, CPU 4x: p95 (main-thread work p95 "
                + Results.fmt(taps.workP95()) + " ms)", taps.paintP95(), "ms", "the same tap on a bare page",
                baseline.paintP95(), "work p95 < 16 ms (one frame)", taps.workP95() < 16);
    }

    private static Taps baseline(ChromiumPage page, Path workDir) throws Exception {
        Path html = workDir.resolve("tap-baseline.html");
        Files.writeString(html, "<!DOCTYPE html><html><body><button id=b>Done</button><script>"
                + "document.getElementById('b').onclick = function () { this.classList.toggle('done');"
                + " this.textContent = this.classList.contains('done') ? 'Undo' : 'Done'; };</script></body></html>");
        page.navigate(html.toUri().toString());
        page.waitUntil("the bare page", "document.getElementById('b')");
        throttle(page, CPU_SLOWDOWN);
        double[] work = new double[DONE_TAPS];
        double[] paint = new double[DONE_TAPS];
        for (int i = 0; i < DONE_TAPS; i++) {
            String[] measured = page.evaluate("window.__tap('#b')").split(" ");
            work[i] = Double.parseDouble(measured[0]);
            paint[i] = Double.parseDouble(measured[1]);
        }
        throttle(page, 1);
        return new Taps(work, paint);
    }

    /** Marks the active exercise's next set done, {@code count} times, each after the last one's sync. */
    private static Taps taps(ChromiumPage page, int count, double[] bytes) throws Exception {
        double[] work = new double[count];
        double[] paint = new double[count];
        for (int i = 0; i < count; i++) {
            int before = Integer.parseInt(page.evaluate("String(window.__syncBytes.length)"));
            String[] measured = measure(page, "window.__tap('.exercise.active [data-action=done]')");
            work[i] = Double.parseDouble(measured[0]);
            paint[i] = Double.parseDouble(measured[1]);
            page.waitUntil("the completion's sync", "window.__syncBytes.length > " + before
                    + " && document.querySelector('#sync-status').textContent === 'synced'");
            bytes[i] = Double.parseDouble(page.evaluate("String(window.__syncBytes[" + before + "])"));
        }
        return new Taps(work, paint);
    }

    private static Taps edits(ChromiumPage page) {
        double[] work = new double[EDITS];
        double[] paint = new double[EDITS];
        for (int i = 0; i < EDITS; i++) {
            String[] measured = measure(page, "window.__tap(\".exercise.active .set-row:not(.done) "
                    + "input[data-field$='.weight']\", '" + (i % 2 == 0 ? "61" : "62.5") + "')");
            work[i] = Double.parseDouble(measured[0]);
            paint[i] = Double.parseDouble(measured[1]);
        }
        return new Taps(work, paint);
    }

    private static String[] measure(ChromiumPage page, String tap) {
        String measured = page.evaluate(tap);
        if (measured.startsWith("missing")) {
            throw new IllegalStateException("the bench found no control: " + measured);
        }
        return measured.split(" ");
    }

    static void throttle(ChromiumPage page, double rate) {
        JsonObject params = new JsonObject();
        params.put("rate", rate);
        page.call("Emulation.setCPUThrottlingRate", params);
    }
}
