package app.spotter.server.workouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.spotter.server.db.Database;
import app.spotter.server.templates.StarterTemplates;
import app.spotter.workout.ExerciseEdits;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.Stamp;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What logging hands back for the answer: the text it just stored, or none when it stored nothing. */
class WorkoutLogTest {
    private static final long T0 = 1_700_000_000_000L;
    private static final String USER = "u1";

    @TempDir
    Path dir;

    @Test
    void loggingAndAmendingHandBackTheStoredTextForTheAnswer() {
        try (Database db = Database.open(dir.resolve("log.db"))) {
            WorkoutLog log = new WorkoutLog(db, () -> T0 + 3_600_000);
            Workout finished = finished();
            WorkoutLog.Outcome.Stored logged = assertInstanceOf(WorkoutLog.Outcome.Stored.class,
                    log.log(USER, finished, false));
            assertEquals(storedBody(db), logged.workoutJson());
            Workout noted = ExerciseEdits.setNote(finished, "e0", "felt good", new Stamp(T0 + 4_000_000, 0, "a"));
            WorkoutLog.Outcome.Stored amended = assertInstanceOf(WorkoutLog.Outcome.Stored.class,
                    log.amend(USER, noted));
            assertEquals(storedBody(db), amended.workoutJson());
            WorkoutLog.Outcome.Stored again = assertInstanceOf(WorkoutLog.Outcome.Stored.class,
                    log.amend(USER, noted));
            assertNull(again.workoutJson(), "nothing stored");
            assertEquals(WorkoutCodec.write(again.workout()), again.json());
        }
    }

    private static String storedBody(Database db) {
        return db.read(h -> h.createQuery("SELECT body FROM workouts WHERE user_id = :user").bind("user", USER)
                .mapTo(String.class).one());
    }

    private static Workout finished() {
        Workout started = SessionEdits.start(StarterTemplates.all().get(1), "s1", new Stamp(T0, 0, "a"), T0);
        Workout done = SetEdits.completeSet(started, "e0", "e0.s0", new Stamp(T0 + 1000, 0, "a"), T0 + 1000);
        return SessionEdits.finish(done, new Stamp(T0 + 3_600_000, 0, "a"), T0 + 3_600_000);
    }
}
