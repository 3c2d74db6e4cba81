package app.spotter.workout;

import static app.spotter.workout.WorkoutSamples.T0;
import static app.spotter.workout.WorkoutSamples.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.spotter.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportCodecV2Test {
    private final Workout draft = SetEdits.completeSet(WorkoutSamples.started(WorkoutSamples.pushDay()), "e0",
            "e0.s0", at(T0 + 1000, "a"), T0 + 1000);
    private final Workout finished = SessionEdits.finish(draft, at(T0 + 60_000, "a"), T0 + 60_000);

    @Test
    void templatesAndFinishedWorkoutsRoundTrip() {
        ExportCodecV2.Export export = new ExportCodecV2.Export(T0, List.of(WorkoutSamples.pushDay()),
                List.of(finished));
        assertEquals(export, ExportCodecV2.read(ExportCodecV2.write(export)));
    }

    @Test
    void aWorkoutThatIsNotFinishedRefusesTheFileNamingIt() {
        String json = ExportCodecV2.write(new ExportCodecV2.Export(T0, List.of(), List.of(finished, draft)));
        ValidationException e = assertThrows(ValidationException.class, () -> ExportCodecV2.read(json));
        assertEquals("workouts[1].finishedAt", e.first().field());
    }

    @Test
    void anUnknownVersionOrFormatIsRefused() {
        String json = ExportCodecV2.write(new ExportCodecV2.Export(T0, List.of(), List.of()));
        assertEquals("version", assertThrows(ValidationException.class,
                () -> ExportCodecV2.read(json.replace("\"version\":2", "\"version\":3"))).first().field());
        assertEquals("format", assertThrows(ValidationException.class,
                () -> ExportCodecV2.read(json.replace("spotter-export", "other"))).first().field());
    }
}
