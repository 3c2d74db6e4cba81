package app.spotter.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.db.Database;
import app.spotter.server.db.DatabaseLocation;
import app.spotter.server.support.TestPostgres;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A signed-in request reads its sign-in from memory on SQLite, and never answers for one that has ended. */
class SignInsTest {
    private static final User SAM = new User("u-sam", "Sam", User.Role.MEMBER);

    @TempDir
    Path dir;
    private final AtomicLong now = new AtomicLong(1_700_000_000_000L);

    @Test
    void onSqliteASignInIsReadFromTheDatabaseOnce() {
        try (Database db = Database.open(dir.resolve("s.db"))) {
            SignIns signIns = new SignIns(db, now::get);
            String token = signIns.start(addSam(db));
            assertEquals(Optional.of(SAM), signIns.resolve(token));
            // Gone behind the server's back (no server does this): the answer shows it came from memory.
            db.write(h -> h.execute("DELETE FROM auth_sessions"));
            assertEquals(Optional.of(SAM), signIns.resolve(token));
        }
    }

    @Test
    void onPostgresqlASignInEndedByAnotherServerIsRefusedAtOnce() {
        DatabaseLocation location = TestPostgres.cluster().freshDatabase();
        try (Database one = Database.open(location); Database other = Database.open(location)) {
            SignIns signIns = new SignIns(one, now::get);
            String token = signIns.start(addSam(one));
            assertEquals(Optional.of(SAM), signIns.resolve(token));
            new SignIns(other, now::get).revoke(token);
            assertEquals(Optional.empty(), signIns.resolve(token));
        }
    }

    @Test
    void aSignInKnownInMemoryStillExpiresOnTime() {
        try (Database db = Database.open(dir.resolve("s.db"))) {
            SignIns signIns = new SignIns(db, now::get);
            String token = signIns.start(addSam(db));
            assertEquals(Optional.of(SAM), signIns.resolve(token));
            now.addAndGet(SignIns.LIFETIME_MILLIS);
            assertEquals(Optional.empty(), signIns.resolve(token));
        }
    }

    @Test
    void signingOutEndsASignInKnownInMemoryAtOnce() {
        try (Database db = Database.open(dir.resolve("s.db"))) {
            SignIns signIns = new SignIns(db, now::get);
            String token = signIns.start(addSam(db));
            String otherDevice = signIns.start(SAM);
            assertTrue(signIns.resolve(token).isPresent());
            assertTrue(signIns.resolve(otherDevice).isPresent());
            signIns.revoke(token);
            assertEquals(Optional.empty(), signIns.resolve(token));
            assertEquals(Optional.of(SAM), signIns.resolve(otherDevice), "read again, still signed in");
        }
    }

    private User addSam(Database db) {
        db.write(h -> h.createUpdate("INSERT INTO users (id, name, password_hash, role, created_at)"
                + " VALUES (:id, :name, 'x', 'member', 0)").bind("id", SAM.id()).bind("name", SAM.name()).execute());
        return SAM;
    }
}
