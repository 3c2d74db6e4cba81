package app.spotter.server.history;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.db.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How SQLite runs the history queries that look sets up by user and exercise: by an index, never a sort of them. */
class HistoryQueryPlansTest {
    @TempDir
    Path dir;

    @Test
    void lastTimeFindsTheLatestWorkoutByAnIndexInStartOrder() {
        try (Database db = Database.open(dir.resolve("plans.db"))) {
            List<String> plan = db.read(h -> h.createQuery("EXPLAIN QUERY PLAN " + HistoryQueries.LAST_TIME)
                    .bind("user", "u").bind("exercise", "Back Squat")
                    .map((rs, ctx) -> rs.getString("detail")).list());
            assertFalse(plan.isEmpty());
            for (String step : plan) {
                assertFalse(step.startsWith("SCAN"), "a full scan: " + plan);
                assertFalse(step.contains("TEMP B-TREE"), "a sort: " + plan);
            }
            assertTrue(plan.stream().anyMatch(step -> step.contains("exercise_bests_latest")), plan.toString());
        }
    }
}
