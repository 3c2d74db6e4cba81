package app.spotter.client.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                Imports.outcome("{\"templatesAdded\":1,\"workoutsAdded\":1,\"skippedRows\":0}"));
    }

    @Test
    void theOutcomeNamesEveryCount() {
        assertEquals("Imported: 2 workouts added, 1 already there, 0 templates added, 0 updated, 3 rows skipped.",
                Imports.outcome("{\"templatesAdded\":0,\"templatesUpdated\":0,\"workoutsAdded\":2,"
                        + "\"workoutsAlreadyThere\":1,\"skippedRows\":3}"));
    }

    @Test
    void eachSkippedRowIsListedWithItsLineAndReason() {
        assertEquals("Imported: 0 workouts added, 0 already there, 0 templates added, 0 updated, 1 row skipped."
                        + " Line 5: weight 'lots' is not a number.",
                Imports.outcome("{\"workoutsAdded\":0,\"skippedRows\":1,\"skipped\":[{\"line\":5,"
                        + "\"reason\":\"weight 'lots' is not a number\"}]}"));
    }
}
