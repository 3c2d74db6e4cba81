package app.spotter.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.db.Database;
import app.spotter.server.support.ApiClient;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.SessionDocs;
import app.spotter.workout.Workout;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Removing a member leaves not one row of theirs in any table, and every row of everyone else. */
class MemberRemovalTest {
    private static final long T0 = 1_764_620_000_000L;
    private static final String PUT = "/api/session-draft?baseRevision=0";

    @TempDir
    Path dir;

    @Test
    void removingAMemberDeletesEverythingOfTheirsInEveryTable() {
        try (RunningServer server = RunningServer.start(dir)) {
            fill(server.owner(), "owner");
            ApiClient sam = server.addMember("sam", "sam's long password");
            fill(sam, "sam");
            String samId = app.spotter.json.Json.parseObject(sam.get("/api/auth/state").body())
                    .getObject("user").getString("id");
            Map<String, Long> before = counts(server, samId);
            assertTrue(before.values().stream().filter(n -> n > 0).count() >= 5,
                    "sam has rows in the data tables: " + before);
            Map<String, Long> othersBefore = countsOfOthers(server, samId);

            assertEquals(204, server.delete("/api/users/" + samId).status());

            Map<String, Long> after = counts(server, samId);
            after.forEach((table, n) -> assertEquals(0L, n, "rows of sam left in " + table + ": " + after));
            assertEquals(othersBefore, countsOfOthers(server, samId), "everyone else's rows are all there");
            assertEquals(401, sam.get("/api/templates").status(), "sam is signed out");
        }
    }

    /** A draft, a logged workout (with its sets), a deleted one and a discarded session. */
    private static void fill(ApiClient client, String who) {
        for (String id : new String[] {who + "-logged", who + "-deleted"}) {
            Workout done = SessionDocs.finish(SessionDocs.complete(SessionDocs.start(id, T0, who), 0, 0,
                    SessionDocs.at(T0 + 1000, who)), SessionDocs.at(T0 + 60_000, who));
            assertEquals(201, client.post("/api/workouts", SessionDocs.json(done)).status());
        }
        assertEquals(204, client.delete("/api/workouts/" + who + "-deleted").status());
        Workout dropped = SessionDocs.start(who + "-dropped", T0 + 100_000, who);
        assertEquals(200, client.put(PUT, SessionDocs.json(dropped)).status());
        assertEquals(200, client.delete("/api/session-draft/" + who + "-dropped").status());
        Workout draft = SessionDocs.complete(SessionDocs.start(who + "-draft", T0 + 200_000, who), 0, 0,
                SessionDocs.at(T0 + 201_000, who));
        assertEquals(200, client.put(PUT, SessionDocs.json(draft)).status());
    }

    /** Rows that belong to the user, in every table of the file: by user_id, and the account row itself. */
    private static Map<String, Long> counts(RunningServer server, String userId) {
        return server.database().read(h -> {
            Map<String, Long> counts = new TreeMap<>();
            Database.Dialect dialect = server.database().dialect();
            for (String table : allTables(h, dialect)) {
                String column = table.equals("users") ? "id"
                        : hasColumn(h, dialect, table, "user_id") ? "user_id" : null;
                if (column != null) {
                    counts.put(table, h.createQuery("SELECT COUNT(*) FROM \"" + table + "\" WHERE " + column
                            + " = :id").bind("id", userId).mapTo(Long.class).one());
                }
            }
            return counts;
        });
    }

    private static Map<String, Long> countsOfOthers(RunningServer server, String userId) {
        return server.database().read(h -> {
            Map<String, Long> counts = new TreeMap<>();
            Database.Dialect dialect = server.database().dialect();
            for (String table : allTables(h, dialect)) {
                String column = table.equals("users") ? "id"
                        : hasColumn(h, dialect, table, "user_id") ? "user_id" : null;
                // A table of no one's rows (sign-in failures) is counted whole: removing a member leaves it be.
                String where = column == null ? " WHERE :id IS NOT NULL" : " WHERE " + column + " <> :id";
                counts.put(table, h.createQuery("SELECT COUNT(*) FROM \"" + table + "\"" + where)
                        .bind("id", userId).mapTo(Long.class).one());
            }
            return counts;
        });
    }

    private static List<String> allTables(Handle h, Database.Dialect dialect) {
        if (dialect == Database.Dialect.POSTGRESQL) {
            return h.createQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() AND table_name <> 'schema_version'")
                    .mapTo(String.class).list();
        }
        return h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                .mapTo(String.class).list();
    }

    private static boolean hasColumn(Handle h, Database.Dialect dialect, String table, String column) {
        String query = dialect == Database.Dialect.POSTGRESQL
                ? "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = current_schema()"
                        + " AND table_name = :t AND column_name = :c"
                : "SELECT COUNT(*) FROM pragma_table_info(:t) WHERE name = :c";
        return h.createQuery(query).bind("t", table).bind("c", column).mapTo(Integer.class).one() > 0;
    }
}
