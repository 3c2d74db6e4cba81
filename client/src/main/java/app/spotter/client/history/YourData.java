package app.spotter.client.history;

import app.spotter.client.platform.Clock;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.FileText;
import app.spotter.client.platform.LocalZone;
import app.spotter.client.settings.UnitSetting;
import app.spotter.client.ui.Buttons;
import app.spotter.client.ui.Focus;
import app.spotter.history.WeightUnit;
import app.spotter.imports.ImportPreview;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * "Your data": export links to the server (the CSV's weights in the kg/lb choice), and importing a JSON export, a
 * Hevy CSV or a Strong CSV picked from a file: a Strong file first asks the unit of its weights, then every file
 * shows a preview of what it would store, and only "Import" stores it; each upload shows its progress
 * ({@link ImportSteps} keeps where it stands).
 */
final class YourData {
    private final ImportSteps steps;
    private final Clock clock;
    private final UnitSetting units;
    private final HTMLElement section = Dom.el("section", "your-data");

    YourData(Imports imports, Clock clock, UnitSetting units, Runnable imported) {
        this.steps = new ImportSteps(imports);
        this.clock = clock;
        this.units = units;
        steps.listen(this::changed, imported);
    }

    HTMLElement render() {
        draw();
        return section;
    }

    private void changed() {
        boolean previewArrived = steps.preview() != null && section.querySelector(".import-preview") == null;
        String had = Focus.currentKey();
        draw();
        if (previewArrived) {
            Focus.restore("import-confirm");
        } else if (Focus.lost()) {
            Focus.restore(had);
        }
    }

    private void draw() {
        Dom.clear(section);
        long now = clock.now();
        Dom.append(section, Dom.text("h2", "section-title", "Your data"),
                link("Export JSON", "/api/export", "export-json"),
                link("Export CSV", "/api/export/csv?unit=" + units.unit().label() + "&utcOffsetMinutes="
                        + LocalZone.utcOffsetMinutes(now), "export-csv"));
        HTMLInputElement file = Dom.input("file", "", "import-file");
        file.setAttribute("accept", ".json,.csv,application/json,text/csv");
        file.setAttribute("aria-label", "Import a Spotter JSON export, a Strong CSV or a Hevy CSV");
        Dom.onChange(file, () -> FileText.read(file, text -> steps.fileRead(text, offsetNow())));
        Dom.append(section, Dom.append(Dom.el("label", "import-label"), Dom.text("span", "", "Import "),
                Buttons.disabledIf(steps.busy(), file)));
        if (steps.askingUnit()) {
            Dom.append(section, Dom.text("p", "import-question", "This is a Strong CSV. Are its weights in kg or lb?"),
                    Buttons.styled("btn-quiet", "kg", "import-kg", () -> steps.strongUnit(WeightUnit.KG, offsetNow())),
                    Buttons.styled("btn-quiet", "lb", "import-lb", () -> steps.strongUnit(WeightUnit.LB, offsetNow())));
        }
        if (steps.preview() != null) {
            drawPreview(steps.preview());
        }
        if (steps.busy()) {
            HTMLElement working = Dom.text("p", "import-outcome muted", steps.status());
            working.setAttribute("role", "status");
            Dom.append(section, working);
        } else if (!steps.outcome().isEmpty()) {
            HTMLElement text = Dom.text("p", "import-outcome" + (steps.failed() ? " banner banner-error" : ""),
                    steps.outcome());
            text.setAttribute("role", steps.failed() ? "alert" : "status");
            Dom.append(section, text);
        }
    }

    private void drawPreview(ImportPreview preview) {
        HTMLElement box = Dom.el("div", "import-preview");
        box.setAttribute("role", "status");
        for (String line : ImportPreviewText.lines(preview)) {
            Dom.append(box, Dom.text("p", "import-preview-line", line));
        }
        HTMLElement confirm = Focus.tag(Buttons.styled("btn-primary", "Import", "import-confirm", steps::confirm),
                "import-confirm");
        Dom.append(box, Dom.append(Dom.el("div", "choice-row"), Buttons.disabledIf(steps.busy(), confirm),
                Buttons.disabledIf(steps.busy(), Buttons.styled("btn-quiet", "Cancel", "import-cancel",
                        steps::cancel))));
        Dom.append(section, box);
    }

    private static HTMLElement link(String label, String href, String action) {
        HTMLElement a = Dom.text("a", "btn btn-quiet", label);
        a.setAttribute("href", href);
        a.setAttribute("download", "");
        a.setAttribute("data-action", action);
        return a;
    }

    private int offsetNow() {
        return LocalZone.utcOffsetMinutes(clock.now());
    }
}
