package app.spotter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spotter.Samples;
import app.spotter.session.WorkoutSession;
import app.spotter.templates.ExercisePlan;
import app.spotter.templates.SetTarget;
import app.spotter.templates.WorkoutTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast session writer makes exactly the bytes the generic JSON writer makes of the same document. */
class SessionWriterTest {
    private static void assertSameBytes(WorkoutSession session) {
        assertEquals(Json.write(SessionCodec.toJson(session)), SessionCodec.write(session));
    }

    @Test
    void matchesTheGenericWriterOnOrdinarySessions() {
        WorkoutSession s = WorkoutSession.start(Samples.sized(8, 4), "abc-1", 1_700_000_000_000L)
                .completeSet(0, 0, 1_700_000_001_000L).moveTo(3, 1_700_000_002_000L);
        assertSameBytes(s);
        assertSameBytes(s.finish(1_700_000_900_123L));
    }

    @Test
    void theCacheGivesTheSameBytesAsTheSessionChanges() {
        SessionJsonCache cache = new SessionJsonCache();
        WorkoutSession s = WorkoutSession.start(Samples.sized(12, 3), "c-1", 1_700_000_000_000L);
        for (int i = 0; i < 40; i++) {
            s = i % 3 == 0 ? s.completeSet(i % 12, i % 3, 1_700_000_000_000L + i)
                    : i % 3 == 1 ? s.editSet(i % 12, 0, i, i * 0.5, 1_700_000_000_000L + i) : s.moveTo(i % 12, i);
            assertEquals(SessionCodec.write(s), SessionCodec.write(s, cache));
        }
        WorkoutSession other = WorkoutSession.start(Samples.pushDay(), "c-2", 1);
        assertEquals(SessionCodec.write(other), SessionCodec.write(other, cache), "a different session");
    }

    @Test
    void matchesOnEveryKindOfWeightAndText() {
        Random random = new Random(42);
        double[] weights = {0, 0.25, 0.5, 1.1, 2.05, 60, 62.5, 99.99, 102.058, 1999.75, 2000, 0.001, 123.456789,
                1e-7, 45.359237};
        String[] names = {"Bench \"heavy\"", "Back\\slash", "tab\there", "new\nline", "uni 💪 é", "\u0001ctl",
                "\u007f\u0085\u2028\u2029", "</script>", "slash/slash"};
        for (int round = 0; round < 200; round++) {
            List<SetTarget> sets = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                sets.add(new SetTarget(random.nextInt(1001), weights[random.nextInt(weights.length)]));
            }
            String name = names[random.nextInt(names.length)];
            WorkoutSession s = WorkoutSession.start(new WorkoutTemplate("t\"1", name,
                    List.of(new ExercisePlan(name, random.nextInt(3601), sets))), "id-" + round,
                    1 + random.nextInt(Integer.MAX_VALUE));
            assertSameBytes(s.editSet(0, 1, random.nextInt(1001), weights[random.nextInt(weights.length)],
                    Long.MAX_VALUE / 2));
        }
    }
}
