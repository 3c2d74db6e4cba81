package app.spotter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.Samples;
import app.spotter.session.WorkoutSession;
import app.spotter.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema-1 export the previous release wrote: read for the upgrade, written by tests to make fixtures. */
class ExportCodecTest {
    @Test
    void aSchemaOneExportRoundTripsExactlyAndABadFieldIsNamed() {
        WorkoutSession w = WorkoutSession.start(Samples.pushDay(), "s", 1_700_000_000_000L)
                .completeSet(0, 0, 1_700_000_001_000L).finish(1_700_000_100_000L);
        ExportCodec.Export export = new ExportCodec.Export(1_700_000_200_000L, List.of(Samples.pushDay()),
                List.of(w));
        assertEquals(export, ExportCodec.read(ExportCodec.write(export)));
        ValidationException bad = assertThrows(ValidationException.class, () -> ExportCodec.read(
                ExportCodec.write(export).replace("\"reps\":8", "\"reps\":-8")));
        assertTrue(bad.first().field().startsWith("templates[0]"), bad.first().field());
    }
}
