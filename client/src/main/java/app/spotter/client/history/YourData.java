package app.spotter.client.history;

import app.spotter.client.api.ApiCall.Callback;
import app.spotter.client.platform.Clock;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.FileText;
import app.spotter.client.platform.LocalZone;
import app.spotter.client.ui.Buttons;
import app.spotter.history.WeightUnit;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * "Your data": export links to the server, and importing a JSON export, a Hevy CSV or a Strong CSV picked from a
 * file.
 */
final class YourData {
    private final Imports imports;
    private final Clock clock;
    private final Runnable imported;
    private final HTMLElement section = Dom.el("section", "your-data");
    private String pendingCsv;
    private String outcome = "";
    private boolean failed;
    private boolean sending;

    YourData(Imports imports, Clock clock, Runnable imported) {
        this.imports = imports;
        this.clock = clock;
        this.imported = imported;
    }

    HTMLElement render() {
        draw();
        return section;
    }

    private void draw() {
        Dom.clear(section);
        long now = clock.now();
        Dom.append(section, Dom.text("h2", "section-title", "Your data"),
                link("Export JSON", "/api/export", "export-json"),
                link("Export CSV", "/api/export/csv?utcOffsetMinutes=" + LocalZone.utcOffsetMinutes(now),
                        "export-csv"));
        HTMLInputElement file = Dom.input("file", "", "import-file");
        file.setAttribute("accept", ".json,.csv,application/json,text/csv");
        file.setAttribute("aria-label", "Import a Spotter JSON export, a Strong CSV or a Hevy CSV");
        Dom.onChange(file, () -> FileText.read(file, this::fileRead));
        Dom.append(section, Dom.append(Dom.el("label", "import-label"), Dom.text("span", "", "Import "), file));
        if (pendingCsv != null) {
            Dom.append(section, Dom.text("p", "import-question", "This is a Strong CSV. Are its weights in kg or lb?"),
                    Buttons.styled("btn-quiet", "kg", "import-kg", () -> sendCsv(WeightUnit.KG)),
                    Buttons.styled("btn-quiet", "lb", "import-lb", () -> sendCsv(WeightUnit.LB)));
        }
        if (sending) {
            Dom.append(section, Dom.text("p", "import-outcome muted", "Importing\u2026"));
        } else if (!outcome.isEmpty()) {
            HTMLElement text = Dom.text("p", "import-outcome" + (failed ? " banner banner-error" : ""), outcome);
            text.setAttribute("role", failed ? "alert" : "status");
            Dom.append(section, text);
        }
    }

    private static HTMLElement link(String label, String href, String action) {
        HTMLElement a = Dom.text("a", "btn btn-quiet", label);
        a.setAttribute("href", href);
        a.setAttribute("download", "");
        a.setAttribute("data-action", action);
        return a;
    }

    private void fileRead(String text) {
        outcome = "";
        if (Imports.isJsonExport(text)) {
            pendingCsv = null;
            sending = true;
            imports.importJson(text, Callback.of(this::succeeded, error -> failed(error.message())));
        } else if (Imports.isHevyCsv(text)) {
            pendingCsv = null;
            sending = true;
            imports.importHevy(text, LocalZone.utcOffsetMinutes(nowMillis()),
                    Callback.of(this::succeeded, error -> failed(error.message())));
        } else {
            pendingCsv = text;
        }
        draw();
    }

    private void sendCsv(WeightUnit unit) {
        String csv = pendingCsv;
        pendingCsv = null;
        sending = true;
        imports.importStrong(csv, unit, LocalZone.utcOffsetMinutes(nowMillis()),
                Callback.of(this::succeeded, error -> failed(error.message())));
        draw();
    }

    private void succeeded(String counts) {
        sending = false;
        failed = false;
        outcome = counts;
        imported.run();
        draw();
    }

    private void failed(String message) {
        sending = false;
        failed = true;
        outcome = "Nothing was imported: " + message;
        draw();
    }

    private double nowMillis() {
        return clock.now();
    }
}
