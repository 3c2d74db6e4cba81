package app.spotter.client.history;

import static app.spotter.client.api.ApiCall.upload;

import app.spotter.client.api.ApiCall.Callback;
import app.spotter.client.platform.HttpClient;
import app.spotter.client.platform.HttpClient.UploadProgress;
import app.spotter.client.ui.Plural;
import app.spotter.imports.ImportPreview;
import app.spotter.imports.ImportPreviewCodec;
import app.spotter.imports.ImportReport;
import app.spotter.imports.ImportReportCodec;
import app.spotter.imports.SkippedRow;
import java.util.List;

/**
 * Sends a chosen file to the server, first for a preview of what it would store, then to import it: our JSON
 * export as it is, a Hevy CSV (its header names its units), or a Strong CSV with the unit its weights are in. Both
 * are uploads: {@code progress} hears how much of the file has gone up.
 */
public final class Imports {
    private static final int SKIPPED_LISTED = 10;
    private final HttpClient http;

    public Imports(HttpClient http) {
        this.http = http;
    }

    /** Our export is a JSON document; anything else is taken for a Strong CSV. */
    public static boolean isJsonExport(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\ufeff') {
                return c == '{';
            }
        }
        return false;
    }

    /** Hevy's export is the only one whose header has an {@code exercise_title} column. */
    public static boolean isHevyCsv(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).contains("exercise_title");
    }

    /** What importing {@code file} would store; nothing is stored. */
    void preview(ChosenFile file, UploadProgress progress, Callback<ImportPreview> callback) {
        upload(http, "POST", file.previewPath(), file.body(), progress, ImportPreviewCodec::read, callback);
    }

    /** Imports {@code file}; the callback gets the report as a sentence. */
    void importFile(ChosenFile file, UploadProgress progress, Callback<String> callback) {
        upload(http, "POST", file.importPath(), file.body(), progress, Imports::outcome, callback);
    }

    /** The server's counts in a sentence, then each row left out with its line and reason (the first ten). */
    static String outcome(String body) {
        ImportReport report = ImportReportCodec.read(body);
        return "Imported: " + Plural.of(report.workoutsAdded(), "workout") + " added, "
                + report.workoutsAlreadyThere() + " already there, "
                + Plural.of(report.templatesAdded(), "template") + " added, "
                + report.templatesUpdated() + " updated, "
                + Plural.of(report.skipped().size(), "row") + " skipped." + skippedText(report.skipped());
    }

    /** Each row left out with its line and reason, the first ten, then how many more. */
    static String skippedText(List<SkippedRow> skipped) {
        StringBuilder text = new StringBuilder();
        int listed = Math.min(SKIPPED_LISTED, skipped.size());
        for (int i = 0; i < listed; i++) {
            text.append(" Line ").append(skipped.get(i).line()).append(": ").append(skipped.get(i).reason())
                    .append('.');
        }
        if (skipped.size() > listed) {
            text.append(" And ").append(skipped.size() - listed).append(" more.");
        }
        return text.toString();
    }
}
