package app.spotter.server.support;

import app.spotter.json.Json;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * axe-core run inside a {@link ChromiumPage}: injected through the DevTools protocol (the app's CSP allows no
 * inline or foreign script, and Runtime.evaluate is not subject to it), then {@code axe.run} on the whole document.
 * scripts/ensure-axe installs the pinned axe-core into the git-ignored {@code .tools/axe}.
 */
public final class Axe {
    private static final String RELATIVE = ".tools/axe/node_modules/axe-core/axe.min.js";
    private static String source;

    private Axe() {
    }

    /** One rule broken on a screen: its id, impact, help text and the first elements it was found on. */
    public record Violation(String id, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return impact + " " + id + ": " + help + " at " + targets;
        }
    }

    /** Every violation axe finds on the page as it is now (open dialogs included). */
    public static List<Violation> audit(ChromiumPage page) throws IOException {
        if (!"true".equals(page.evaluate("String(typeof axe !== 'undefined')"))) {
            page.evaluate(source() + "\n;'injected'");
        }
        String json = page.evaluate("axe.run(document, {resultTypes: ['violations']}).then(r => JSON.stringify("
                + "r.violations.map(v => ({id: v.id, impact: v.impact || '', help: v.help,"
                + " targets: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ('"
                + " + ((n.any[0] || n.all[0] || n.none[0] || {}).message || '') + ')')}))))");
        JsonArray found = Json.parseArray(json);
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            JsonObject v = found.getObject(i);
            List<String> targets = new ArrayList<>();
            JsonArray t = v.getArray("targets");
            for (int k = 0; k < t.size(); k++) {
                targets.add(t.getString(k));
            }
            violations.add(new Violation(v.getString("id"), v.getString("impact"), v.getString("help"), targets));
        }
        return violations;
    }

    /** Only the violations of impact "serious" or "critical", the ones the app must not have. */
    public static List<Violation> seriousOrCritical(List<Violation> violations) {
        List<Violation> bad = new ArrayList<>();
        for (Violation v : violations) {
            if (v.impact().equals("serious") || v.impact().equals("critical")) {
                bad.add(v);
            }
        }
        return bad;
    }

    private static synchronized String source() throws IOException {
        if (source == null) {
            Path file = find();
            source = Files.readString(file, StandardCharsets.UTF_8);
        }
        return source;
    }

    /** The installed axe.min.js, looked for from the working directory (server/ under Maven) upwards. */
    private static Path find() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path candidate = d.resolve(RELATIVE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("axe-core is needed for this test: run scripts/ensure-axe (scripts/test runs it)");
    }
}
