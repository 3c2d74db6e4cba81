package app.spotter.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.spotter.validation.ValidationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportPreviewCodecTest {
    private static final ImportPreview PREVIEW = new ImportPreview(20, 18, 1_705_343_400_000L, 1_711_000_000_000L,
            Map.of("Bench Press (Barbell)", "Bench Press", "Plank", "Plank"), List.of("Zercher", "Atlas \u00e9"),
            List.of(new SkippedRow(7, "'Reps' must be a number of 0 or more, not 'lots'")));

    @Test
    void aPreviewRoundTripsExactly() {
        assertEquals(PREVIEW, ImportPreviewCodec.read(ImportPreviewCodec.write(PREVIEW)));
    }

    @Test
    void namesAreWrittenSortedSoTheScreenIsTheSameEachTime() {
        String json = ImportPreviewCodec.write(PREVIEW);
        assertEquals(List.of("Atlas \u00e9", "Zercher"), PREVIEW.created());
        assertEquals(true, json.indexOf("Bench Press (Barbell)") < json.indexOf("\"Plank\""), json);
    }

    @Test
    void aMissingOrRenamedFieldIsAnErrorNotAZero() {
        String json = ImportPreviewCodec.write(PREVIEW);
        assertThrows(ValidationException.class,
                () -> ImportPreviewCodec.read(json.replace("\"workoutsNew\"", "\"newWorkouts\"")));
        assertThrows(ValidationException.class,
                () -> ImportPreviewCodec.read(json.replace("\"reason\"", "\"why\"")));
        assertThrows(ValidationException.class,
                () -> ImportPreviewCodec.read(json.replace("\"exercise\"", "\"catalog\"")));
    }
}
