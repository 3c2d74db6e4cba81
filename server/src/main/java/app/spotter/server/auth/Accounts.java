package app.spotter.server.auth;

import app.spotter.server.db.Database;
import app.spotter.server.http.ApiException;
import app.spotter.validation.AccountRules;
import app.spotter.validation.FieldError;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/** The accounts of this server: the owner and the household members the owner added. */
public final class Accounts {
    /** The tables whose rows from before accounts the owner adopts. */
    private static final List<String> USER_TABLES = List.of("templates", "session_draft", "ended_sessions",
            "workouts");

    private final Database db;
    private final PasswordHasher hasher;
    private final LongSupplier clock;
    private final Supplier<String> ids;
    private final SignIns signIns;

    /** {@code signIns} is told when a reset or a removal ended sign-ins. */
    public Accounts(Database db, PasswordHasher hasher, LongSupplier clock, Supplier<String> ids, SignIns signIns) {
        this.db = db;
        this.signIns = signIns;
        this.hasher = hasher;
        this.clock = clock;
        this.ids = ids;
    }

    public boolean setupNeeded() {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM users").mapTo(Integer.class).one()) == 0;
    }

    /** Creates the owner; only while there is no account yet. The owner adopts data from before accounts. */
    public User createOwner(String name, String password) {
        checkName(name);
        checkPassword(password);
        String hash = hasher.hash(password);
        return db.write(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM users").mapTo(Integer.class).one() > 0) {
                throw ApiException.conflict("", "Setup is closed: this server already has its owner");
            }
            User owner = insert(h, name, hash, User.Role.OWNER);
            for (String table : USER_TABLES) {
                h.createUpdate("UPDATE " + table + " SET user_id = :id WHERE user_id = ''").bind("id", owner.id())
                        .execute();
            }
            return owner;
        });
    }

    public User addMember(String name, String password) {
        checkName(name);
        checkPassword(password);
        String hash = hasher.hash(password);
        return db.write(h -> {
            if (findByName(h, name).isPresent()) {
                throw ApiException.conflict("name", "The name " + name.trim() + " is taken");
            }
            return insert(h, name, hash, User.Role.MEMBER);
        });
    }

    /** Removes a member with all of their data, in one transaction. The owner cannot be removed. */
    public boolean remove(String userId) {
        try {
            return removeNow(userId);
        } finally {
            signIns.ended();
        }
    }

    private boolean removeNow(String userId) {
        return db.write(h -> {
            Optional<User> user = find(h, userId);
            if (user.isEmpty()) {
                return false;
            }
            if (user.get().isOwner()) {
                throw ApiException.invalid("id", "The owner account cannot be removed");
            }
            for (String table : tablesWithUserId(h, db.dialect())) {
                h.createUpdate("DELETE FROM \"" + table + "\" WHERE user_id = :id").bind("id", userId).execute();
            }
            h.createUpdate("DELETE FROM users WHERE id = :id").bind("id", userId).execute();
            return true;
        });
    }

    /**
     * Every table with a user_id column, read from the schema itself, so a table added later is emptied of a
     * removed member's rows without anyone remembering to list it here.
     */
    static List<String> tablesWithUserId(Handle h, Database.Dialect dialect) {
        String catalog = dialect == Database.Dialect.POSTGRESQL
                ? "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema()"
                        + " AND column_name = 'user_id' ORDER BY table_name"
                : "SELECT m.name FROM sqlite_master m WHERE m.type = 'table'"
                        + " AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'user_id')"
                        + " ORDER BY m.name";
        return h.createQuery(catalog).mapTo(String.class).list();
    }

    /** Sets a new password and signs the user out everywhere. */
    public boolean resetPassword(String userId, String password) {
        checkPassword(password);
        String hash = hasher.hash(password);
        try {
            return db.writeFor(userId, h -> {
                int changed = h.createUpdate("UPDATE users SET password_hash = :hash WHERE id = :id")
                        .bind("hash", hash).bind("id", userId).execute();
                h.createUpdate("DELETE FROM auth_sessions WHERE user_id = :id").bind("id", userId).execute();
                return changed == 1;
            });
        } finally {
            signIns.ended();
        }
    }

    /** The user with this name and password; empty otherwise, after the same work either way. */
    public Optional<User> check(String name, String password) {
        Optional<Credentials> found = db.read(h -> h.createQuery(
                        "SELECT id, name, role, password_hash FROM users WHERE name = :name")
                .bind("name", name == null ? "" : name.trim())
                .map((rs, ctx) -> new Credentials(new User(rs.getString("id"), rs.getString("name"),
                        role(rs.getString("role"))), rs.getString("password_hash")))
                .findOne());
        if (found.isEmpty()) {
            hasher.burnEquivalentTime(password == null ? "" : password);
            return Optional.empty();
        }
        return hasher.matches(password == null ? "" : password, found.get().hash())
                ? Optional.of(found.get().user()) : Optional.empty();
    }

    /** The stored password hash of a user: the key that signs their device cookies. */
    public Optional<String> passwordHashOf(String userId) {
        return db.read(h -> h.createQuery("SELECT password_hash FROM users WHERE id = :id").bind("id", userId)
                .mapTo(String.class).findOne());
    }

    public Optional<String> idOfName(String name) {
        return db.read(h -> findByName(h, name == null ? "" : name));
    }

    public List<User> list() {
        return db.read(h -> h.createQuery("SELECT id, name, role FROM users ORDER BY created_at")
                .map((rs, ctx) -> new User(rs.getString("id"), rs.getString("name"), role(rs.getString("role"))))
                .list());
    }

    private User insert(Handle h, String name, String hash, User.Role role) {
        User user = new User(ids.get(), name.trim(), role);
        h.createUpdate("INSERT INTO users (id, name, password_hash, role, created_at)"
                        + " VALUES (:id, :name, :hash, :role, :now)")
                .bind("id", user.id()).bind("name", user.name()).bind("hash", hash)
                .bind("role", role.name().toLowerCase(Locale.ROOT)).bind("now", clock.getAsLong())
                .execute();
        return user;
    }

    private static Optional<User> find(Handle h, String id) {
        return h.createQuery("SELECT id, name, role FROM users WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new User(rs.getString("id"), rs.getString("name"), role(rs.getString("role"))))
                .findOne();
    }

    private static Optional<String> findByName(Handle h, String name) {
        return h.createQuery("SELECT id FROM users WHERE name = :name").bind("name", name.trim())
                .mapTo(String.class).findOne();
    }

    static User.Role role(String stored) {
        return User.Role.valueOf(stored.toUpperCase(Locale.ROOT));
    }

    private static void checkName(String name) {
        refuse(AccountRules.nameProblem(name));
    }

    private static void checkPassword(String password) {
        refuse(AccountRules.passwordProblem(password));
    }

    private static void refuse(FieldError problem) {
        if (problem != null) {
            throw ApiException.invalid(problem.field(), problem.message());
        }
    }

    private record Credentials(User user, String hash) {
    }
}
