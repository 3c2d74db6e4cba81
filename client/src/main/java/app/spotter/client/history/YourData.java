package app.spotter.client.history;

import app.spotter.client.api.ApiCall.Callback;
import app.spotter.client.platform.Clock;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.FileText;
import app.spotter.client.platform.LocalZone;
import app.spotter.client.ui.Buttons;
import app.spotter.client.ui.Focus;
import app.spotter.history.WeightUnit;
import app.spotter.imports.ImportPreview;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * "Your data": export links to the server, and importing a JSON export, a Hevy CSV or a Strong CSV picked from a
 * file: a Strong file first asks the unit of its weights, then every file shows a preview of what it would store,
 * and only "Import" stores it.
 */
final class YourData {
    private final Imports imports;
    private final Clock clock;
    private final Runnable imported;
    private final HTMLElement section = Dom.el("section", "your-data");
    private String pendingCsv;
    private ChosenFile previewed;
    private ImportPreview preview;
    private String outcome = "";
    private boolean failed;
    private String working = "";

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
                    Buttons.styled("btn-quiet", "kg", "import-kg", () -> strongUnit(WeightUnit.KG)),
                    Buttons.styled("btn-quiet", "lb", "import-lb", () -> strongUnit(WeightUnit.LB)));
        }
        if (preview != null) {
            drawPreview();
        }
        if (!working.isEmpty()) {
            Dom.append(section, Dom.text("p", "import-outcome muted", working));
        } else if (!outcome.isEmpty()) {
            HTMLElement text = Dom.text("p", "import-outcome" + (failed ? " banner banner-error" : ""), outcome);
            text.setAttribute("role", failed ? "alert" : "status");
            Dom.append(section, text);
        }
    }

    private void drawPreview() {
        HTMLElement box = Dom.el("div", "import-preview");
        box.setAttribute("role", "status");
        for (String line : ImportPreviewText.lines(preview)) {
            Dom.append(box, Dom.text("p", "import-preview-line", line));
        }
        HTMLElement confirm = Focus.tag(Buttons.styled("btn-primary", "Import", "import-confirm", this::confirm),
                "import-confirm");
        Dom.append(box, Dom.append(Dom.el("div", "choice-row"), confirm,
                Buttons.styled("btn-quiet", "Cancel", "import-cancel", this::cancel)));
        Dom.append(section, box);
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
        preview = null;
        ChosenFile.Kind kind = ChosenFile.kindOf(text);
        if (kind == ChosenFile.Kind.STRONG_CSV) {
            pendingCsv = text;
            draw();
        } else {
            pendingCsv = null;
            askPreview(new ChosenFile(kind, text, WeightUnit.KG, LocalZone.utcOffsetMinutes(nowMillis())));
        }
    }

    private void strongUnit(WeightUnit unit) {
        String csv = pendingCsv;
        pendingCsv = null;
        askPreview(new ChosenFile(ChosenFile.Kind.STRONG_CSV, csv, unit, LocalZone.utcOffsetMinutes(nowMillis())));
    }

    private void askPreview(ChosenFile file) {
        working = "Reading the file\u2026";
        draw();
        imports.preview(file, Callback.of(shown -> {
            working = "";
            previewed = file;
            preview = shown;
            draw();
            Focus.restore("import-confirm");
        }, error -> failed(error.message())));
    }

    private void confirm() {
        ChosenFile file = previewed;
        previewed = null;
        preview = null;
        working = "Importing\u2026";
        imports.importFile(file, Callback.of(this::succeeded, error -> failed(error.message())));
        draw();
    }

    private void cancel() {
        previewed = null;
        preview = null;
        outcome = "Nothing was imported.";
        failed = false;
        draw();
    }

    private void succeeded(String counts) {
        working = "";
        failed = false;
        outcome = counts;
        imported.run();
        draw();
    }

    private void failed(String message) {
        working = "";
        failed = true;
        outcome = "Nothing was imported: " + message;
        draw();
    }

    private double nowMillis() {
        return clock.now();
    }
}
