package app.spotter.server.auth;

import app.spotter.server.db.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Signed-in browsers: each sign-in gets a new random token (256 bits) that the cookie carries; the database keeps
 * only its SHA-256. Tokens expire, and signing out revokes the token on the server.
 */
public final class SignIns {
    public static final long LIFETIME_MILLIS = 30L * 24 * 60 * 60 * 1000;
    private static final int TOKEN_BYTES = 32;

    private final Database db;
    private final LongSupplier clock;
    private final SecureRandom random = new SecureRandom();
    private final KnownSignIns known;

    public SignIns(Database db, LongSupplier clock) {
        this.db = db;
        this.clock = clock;
        // Only on SQLite is every sign-out on this server: on a shared PostgreSQL another server may end a sign-in.
        this.known = new KnownSignIns(db.dialect() == Database.Dialect.SQLITE ? KnownSignIns.MAX : 0);
    }

    private record Found(User user, long expiresAt) {
    }

    /** Starts a new sign-in for the user and returns its token (the cookie value). */
    public String start(User user) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long now = clock.getAsLong();
        db.writeFor(user.id(), h -> h.createUpdate("INSERT INTO auth_sessions (token_hash, user_id, created_at,"
                        + " expires_at) VALUES (:hash, :user, :now, :expires)")
                .bind("hash", hash(token)).bind("user", user.id()).bind("now", now)
                .bind("expires", now + LIFETIME_MILLIS).execute());
        return token;
    }

    /** The user a token belongs to, if it is known and not expired. */
    public Optional<User> resolve(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        long now = clock.getAsLong();
        Optional<User> cached = known.find(hash, now);
        if (cached.isPresent()) {
            return cached;
        }
        long generation = known.generation();
        Optional<Found> found = db.read(h -> h.createQuery("SELECT u.id, u.name, u.role, s.expires_at"
                        + " FROM auth_sessions s JOIN users u ON u.id = s.user_id"
                        + " WHERE s.token_hash = :hash AND s.expires_at > :now")
                .bind("hash", hash).bind("now", now)
                .map((rs, ctx) -> new Found(new User(rs.getString("id"), rs.getString("name"),
                        Accounts.role(rs.getString("role"))), rs.getLong("expires_at")))
                .findOne());
        found.ifPresent(f -> known.remember(hash, f.user(), f.expiresAt(), generation));
        return found.map(Found::user);
    }

    public void revoke(String token) {
        if (token != null) {
            try {
                db.write(h -> h.createUpdate("DELETE FROM auth_sessions WHERE token_hash = :hash"
                                + " OR expires_at <= :now")
                        .bind("hash", hash(token)).bind("now", clock.getAsLong()).execute());
            } finally {
                ended();
            }
        }
    }

    /** Called once a write that ended sign-ins (or removed their user) is committed: none is answered from memory. */
    public void ended() {
        known.forgetAll();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
