package app.spotter.client.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.imports.ImportReport;
import app.spotter.imports.ImportReportCodec;
import app.spotter.imports.SkippedRow;
import app.spotter.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportsTest {
    @Test
    void aJsonExportIsToldFromAStrongCsv() {
        assertTrue(Imports.isJsonExport("\ufeff \n{\"format\":\"spotter-export\"}"));
        assertFalse(Imports.isJsonExport("Date,Workout Name,Duration\n"));
        assertFalse(Imports.isJsonExport(""));
    }

    @Test
    void aHevyCsvIsToldFromAStrongOneByItsHeader() {
        assertTrue(Imports.isHevyCsv("\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\"\n"));
        assertFalse(Imports.isHevyCsv("Date,Workout Name,Duration,Exercise Name\nx,exercise_title,y\n"),
                "only the header decides");
    }

    @Test
    void oneOfACountIsSingular() {
        assertEquals("Imported: 1 workout added, 0 already there, 1 template added, 0 updated, 0 rows skipped.",
                Imports.outcome(ImportReportCodec.write(new ImportReport(1, 0, 1, 0, List.of()))));
    }

    @Test
    void theOutcomeNamesEveryCount() {
        List<SkippedRow> three = List.of(new SkippedRow(2, "a"), new SkippedRow(3, "b"), new SkippedRow(4, "c"));
        assertEquals("Imported: 2 workouts added, 1 already there, 0 templates added, 0 updated, 3 rows skipped."
                        + " Line 2: a. Line 3: b. Line 4: c.",
                Imports.outcome(ImportReportCodec.write(new ImportReport(0, 0, 2, 1, three))));
    }

    @Test
    void eachSkippedRowIsListedWithItsLineAndReason() {
        assertEquals("Imported: 0 workouts added, 0 already there, 0 templates added, 0 updated, 1 row skipped."
                        + " Line 5: weight 'lots' is not a number.",
                Imports.outcome(ImportReportCodec.write(new ImportReport(0, 0, 0, 0,
                        List.of(new SkippedRow(5, "weight 'lots' is not a number"))))));
    }

    @Test
    void aReportWithACountMissingIsRefusedRatherThanReadAsZero() {
        assertThrows(ValidationException.class,
                () -> Imports.outcome("{\"templatesAdded\":1,\"workoutsAdded\":1,\"skippedRows\":0}"));
    }
}
