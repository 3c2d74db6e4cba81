package app.spotter.client.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.client.platform.HttpClient;
import app.spotter.client.platform.HttpResponse;
import app.spotter.history.WeightUnit;
import app.spotter.imports.ImportPreview;
import app.spotter.imports.ImportPreviewCodec;
import app.spotter.imports.ImportReport;
import app.spotter.imports.ImportReportCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportStepsTest {
    private static final String STRONG = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps\n"
            + "2024-01-15 18:30:00,Push,1h 5m,Bench Press (Barbell),1,100,5\n";
    private static final String PREVIEW = ImportPreviewCodec.write(new ImportPreview(1, 1, 1_705_343_400_000L,
            1_705_343_400_000L, Map.of(), List.of(), List.of()));

    /** Keeps each upload until the test answers it, with its progress listener to play the browser's events. */
    private static final class PendingUploads implements HttpClient {
        final List<String> paths = new ArrayList<>();
        final List<UploadProgress> progress = new ArrayList<>();
        final List<HttpCallback> callbacks = new ArrayList<>();

        @Override
        public void send(String method, String path, String body, HttpCallback callback) {
            throw new AssertionError("an import goes up as an upload: " + path);
        }

        @Override
        public void upload(String method, String path, String body, UploadProgress listener, HttpCallback callback) {
            paths.add(method + " " + path);
            progress.add(listener);
            callbacks.add(callback);
        }

        void answer(int index, int status, String body) {
            callbacks.get(index).done(new HttpResponse(status, body));
        }
    }

    private final PendingUploads server = new PendingUploads();
    private final ImportSteps steps = new ImportSteps(new Imports(server));
    private final List<String> shown = new ArrayList<>();
    private int imported;

    ImportStepsTest() {
        steps.listen(() -> shown.add(steps.status()), () -> imported++);
    }

    @Test
    void theUploadShowsItsProgressThenWhatTheServerIsDoingAndImportAndCancelWaitMeanwhile() {
        steps.fileRead(STRONG, 60);
        assertTrue(steps.askingUnit());
        steps.strongUnit(WeightUnit.LB, 60);
        assertEquals("POST /api/import/strong/preview", server.paths.get(0));
        assertEquals(ImportSteps.READING, steps.status());
        server.progress.get(0).sent(450, 1000);
        assertEquals("Uploading\u2026 45 %", steps.status());
        server.progress.get(0).sent(1000, 1000);
        assertEquals(ImportSteps.READING, steps.status(), "all sent: the server reads it");
        server.answer(0, 200, PREVIEW);
        assertFalse(steps.busy());
        assertNotNull(steps.preview());

        steps.confirm();
        assertTrue(steps.busy());
        assertEquals(ImportSteps.IMPORTING, steps.status());
        assertEquals("Importing\u2026 (this can take a minute for thousands of workouts)", steps.status());
        server.progress.get(1).sent(1, 3);
        assertEquals("Uploading\u2026 33 %", steps.status());
        server.progress.get(1).sent(3, 3);
        assertEquals(ImportSteps.IMPORTING, steps.status());
        steps.confirm();
        steps.cancel();
        assertEquals(List.of("POST /api/import/strong/preview", "POST /api/import/strong"), server.paths,
                "a second tap imports nothing more");
        assertNotNull(steps.preview(), "the preview stays, its buttons disabled, until the server answers");

        server.answer(1, 200, ImportReportCodec.write(new ImportReport(0, 0, 1, 0, List.of())));
        assertFalse(steps.busy());
        assertNull(steps.preview());
        assertEquals("", steps.status());
        assertTrue(steps.outcome().startsWith("Imported: 1 workout added"), steps.outcome());
        assertEquals(1, imported);
        assertEquals(List.of("", ImportSteps.READING, "Uploading\u2026 45 %", ImportSteps.READING, "",
                ImportSteps.IMPORTING, "Uploading\u2026 33 %", ImportSteps.IMPORTING, ""), shown,
                "each change drawn once");
    }

    @Test
    void progressHeardTwiceAtTheSamePercentDrawsOnce() {
        steps.fileRead("{\"format\":\"spotter-export\"}", 0);
        assertEquals("POST /api/import/preview", server.paths.get(0));
        server.progress.get(0).sent(10, 100);
        server.progress.get(0).sent(10.5, 100);
        assertEquals(List.of(ImportSteps.READING, "Uploading\u2026 10 %"), shown);
    }

    @Test
    void aFailedImportSaysNothingWasImportedAndTheNextFileCanBeChosen() {
        steps.fileRead("{\"format\":\"spotter-export\"}", 0);
        server.answer(0, 200, PREVIEW);
        steps.confirm();
        steps.fileRead("{}", 0);
        assertEquals(2, server.paths.size(), "no other file while one is importing");
        server.answer(1, HttpResponse.UNREACHABLE, "");
        assertTrue(steps.failed());
        assertTrue(steps.outcome().startsWith("Nothing was imported: "), steps.outcome());
        assertFalse(steps.busy());
        assertEquals(0, imported);
        steps.fileRead("{}", 0);
        assertEquals("POST /api/import/preview", server.paths.get(2));
    }

    @Test
    void cancelLeavesNothingImported() {
        steps.fileRead("{\"format\":\"spotter-export\"}", 0);
        server.answer(0, 200, PREVIEW);
        steps.cancel();
        assertNull(steps.preview());
        assertEquals("Nothing was imported.", steps.outcome());
        steps.confirm();
        assertEquals(1, server.paths.size());
    }
}
