package app.spotter.server.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Debian's wrk as the load generator: a Lua script per request shape, throughput and latency percentiles back. */
final class Wrk {
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");

    private Wrk() {
    }

    /** Requests per second and latency percentiles (ms) of one run. */
    record Run(double perSecond, double p50, double p99, long errors) {
    }

    static Run run(String url, Path script, int connections, int seconds) throws IOException, InterruptedException {
        int threads = Math.min(2, connections);
        Process process = new ProcessBuilder(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--latency", "-s", script.toString(), url)).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher rate = RATE.matcher(out);
        if (!rate.find()) {
            throw new IllegalStateException("wrk said:\n" + out);
        }
        Matcher errors = NON_2XX.matcher(out);
        return new Run(Double.parseDouble(rate.group(1)), percentile(out, "50%"), percentile(out, "99%"),
                errors.find() ? Long.parseLong(errors.group(1)) : 0);
    }

    /** A script sending one fixed request. */
    static Path fixed(Path dir, String name, String method, String cookie, String body) throws IOException {
        String lua = "wrk.method = \"" + method + "\"\n"
                + "wrk.headers[\"Cookie\"] = \"" + cookie + "\"\n"
                + (body == null ? "" : "wrk.headers[\"Content-Type\"] = \"application/json\"\n"
                + "wrk.body = [==[" + body + "]==]\n");
        Path script = dir.resolve(name + ".lua");
        Files.writeString(script, lua);
        return script;
    }

    /** A script POSTing {@code body} with SESSIONID replaced by an id unique to each request. */
    static Path uniqueIds(Path dir, String name, String cookie, String body, String runTag) throws IOException {
        String lua = "local counter = 0\n"
                + "local threads = 0\n"
                + "function setup(thread) threads = threads + 1; thread:set(\"tid\", threads) end\n"
                + "function init(args) prefix = \"" + runTag + "-\" .. tid .. \"-\" end\n"
                + "local template = [==[" + body + "]==]\n"
                + "local headers = {[\"Content-Type\"] = \"application/json\", [\"Cookie\"] = \"" + cookie + "\"}\n"
                + "function request()\n"
                + "  counter = counter + 1\n"
                + "  local b = string.gsub(template, \"SESSIONID\", prefix .. counter)\n"
                + "  return wrk.format(\"POST\", nil, headers, b)\n"
                + "end\n";
        Path script = dir.resolve(name + ".lua");
        Files.writeString(script, lua);
        return script;
    }

    /**
     * A script PUTting {@code body}, a draft whose first two exercises carry the notes NOTEONE and NOTETWO stamped
     * {@code 1700000002000.0.benchone} and {@code ...benchtwo}: each wrk thread rewrites its own exercise's note
     * with a new text and a later stamp on every request, so each sync brings the server something new to merge
     * and store (a sync that adds nothing is answered from a read and would measure no write).
     */
    static Path changingNotes(Path dir, String name, String cookie, String body) throws IOException {
        String lua = "local counter = 0\n"
                + "local threads = 0\n"
                + "function setup(thread) threads = threads + 1; thread:set(\"tid\", threads) end\n"
                + "function init(args) own = (tid % 2 == 1) and \"one\" or \"two\" end\n"
                + "local template = [==[" + body + "]==]\n"
                + "local headers = {[\"Content-Type\"] = \"application/json\", [\"Cookie\"] = \"" + cookie + "\"}\n"
                + "function request()\n"
                + "  counter = counter + 1\n"
                + "  local b = string.gsub(template, \"1700000002000%.0%.bench\" .. own,"
                + " \"1700000002000.\" .. counter .. \".bench\" .. own)\n"
                + "  b = string.gsub(b, \"NOTE\" .. string.upper(own), \"note \" .. counter)\n"
                + "  return wrk.format(\"PUT\", nil, headers, b)\n"
                + "end\n";
        Path script = dir.resolve(name + ".lua");
        Files.writeString(script, lua);
        return script;
    }

    private static double percentile(String out, String label) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(label) + "\\s+([0-9.]+)(us|ms|s)").matcher(out);
        if (!m.find()) {
            return -1;
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
