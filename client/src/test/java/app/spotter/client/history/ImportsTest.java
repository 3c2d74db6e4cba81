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
    void theOutcomeNamesEveryCount() {
        assertEquals("Imported: 2 workouts added, 1 already there, 0 templates added, 0 updated, 3 rows skipped.",
                Imports.outcome("{\"templatesAdded\":0,\"templatesUpdated\":0,\"workoutsAdded\":2,"
                        + "\"workoutsAlreadyThere\":1,\"skippedRows\":3}"));
    }

    @Test
    void eachSkippedRowIsListedWithItsLineAndReason() {
        assertEquals("Imported: 0 workouts added, 0 already there, 0 templates added, 0 updated, 1 rows skipped."
                        + " Line 5: weight 'lots' is not a number.",
                Imports.outcome("{\"workoutsAdded\":0,\"skippedRows\":1,\"skipped\":[{\"line\":5,"
                        + "\"reason\":\"weight 'lots' is not a number\"}]}"));
    }
}
