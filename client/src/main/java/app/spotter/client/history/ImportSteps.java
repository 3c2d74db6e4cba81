package app.spotter.client.history;

import app.spotter.client.api.ApiCall.Callback;
import app.spotter.history.WeightUnit;
import app.spotter.imports.ImportPreview;

/**
 * Where an import of a chosen file stands, for {@link YourData} to draw: the Strong unit question, the upload of the
 * preview with its progress, the preview waiting for Import or Cancel, the upload of the import and the server's
 * work, then the outcome. While a request is out the screen is busy: Import and Cancel do nothing, so a double tap
 * cannot import twice.
 */
final class ImportSteps {
    static final String READING = "Reading the file\u2026";
    static final String IMPORTING = "Importing\u2026 (this can take a minute for thousands of workouts)";

    private final Imports imports;
    private Runnable onChange = () -> { };
    private Runnable imported = () -> { };
    private String pendingCsv;
    private ChosenFile previewed;
    private ImportPreview preview;
    private String outcome = "";
    private boolean failed;
    /** What the server is doing while a request is out ({@link #READING} or {@link #IMPORTING}); "" when none is. */
    private String working = "";
    /** How much of the body has gone up, 0 to 100; -1 before the first progress is heard. */
    private int percent = -1;

    ImportSteps(Imports imports) {
        this.imports = imports;
    }

    /** {@code changed} runs after each change; {@code imported} once workouts may have been added. */
    void listen(Runnable changed, Runnable imported) {
        this.onChange = changed;
        this.imported = imported;
    }

    boolean askingUnit() {
        return pendingCsv != null;
    }

    /** What importing the chosen file would store, shown until Import or Cancel; null when there is none. */
    ImportPreview preview() {
        return preview;
    }

    boolean busy() {
        return !working.isEmpty();
    }

    /** "Uploading… 45 %" while the body goes up, then what the server is doing; "" when nothing is out. */
    String status() {
        if (working.isEmpty()) {
            return "";
        }
        return percent >= 0 && percent < 100 ? "Uploading\u2026 " + percent + " %" : working;
    }

    /** How the last step ended ({@link #failed} says whether it is an error); "" while none has. */
    String outcome() {
        return outcome;
    }

    boolean failed() {
        return failed;
    }

    /** A file was read; a Strong CSV first asks the unit of its weights, any other goes for a preview. */
    void fileRead(String text, int utcOffsetMinutes) {
        if (busy()) {
            return;
        }
        outcome = "";
        preview = null;
        ChosenFile.Kind kind = ChosenFile.kindOf(text);
        if (kind == ChosenFile.Kind.STRONG_CSV) {
            pendingCsv = text;
            onChange.run();
        } else {
            pendingCsv = null;
            askPreview(new ChosenFile(kind, text, WeightUnit.KG, utcOffsetMinutes));
        }
    }

    void strongUnit(WeightUnit unit, int utcOffsetMinutes) {
        if (pendingCsv == null || busy()) {
            return;
        }
        String csv = pendingCsv;
        pendingCsv = null;
        askPreview(new ChosenFile(ChosenFile.Kind.STRONG_CSV, csv, unit, utcOffsetMinutes));
    }

    void confirm() {
        if (preview == null || busy()) {
            return;
        }
        ChosenFile file = previewed;
        startWork(IMPORTING);
        imports.importFile(file, this::uploaded, Callback.of(this::succeeded, error -> failed(error.message())));
        onChange.run();
    }

    void cancel() {
        if (busy()) {
            return;
        }
        previewed = null;
        preview = null;
        outcome = "Nothing was imported.";
        failed = false;
        onChange.run();
    }

    private void askPreview(ChosenFile file) {
        startWork(READING);
        onChange.run();
        imports.preview(file, this::uploaded, Callback.of(shown -> {
            working = "";
            previewed = file;
            preview = shown;
            onChange.run();
        }, error -> failed(error.message())));
    }

    private void startWork(String what) {
        working = what;
        percent = -1;
    }

    private void uploaded(double bytes, double total) {
        int now = total <= 0 ? 100 : (int) Math.min(100, Math.floor(bytes * 100 / total));
        if (busy() && now != percent) {
            percent = now;
            onChange.run();
        }
    }

    private void succeeded(String counts) {
        working = "";
        previewed = null;
        preview = null;
        failed = false;
        outcome = counts;
        imported.run();
        onChange.run();
    }

    private void failed(String message) {
        working = "";
        previewed = null;
        preview = null;
        failed = true;
        outcome = "Nothing was imported: " + message;
        onChange.run();
    }
}
