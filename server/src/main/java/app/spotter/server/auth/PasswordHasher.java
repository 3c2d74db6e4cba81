package app.spotter.server.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, slow password hashes: PBKDF2-HMAC-SHA256 from the JDK. Stored as
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}, so the cost can rise later without breaking old hashes.
 */
public final class PasswordHasher {
    /** OWASP's 2023 floor for PBKDF2-HMAC-SHA256. */
    public static final int PRODUCTION_ITERATIONS = 600_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();
    private final String decoy;

    public PasswordHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
        this.decoy = decoy(iterations);
    }

    public static PasswordHasher production() {
        return new PasswordHasher(PRODUCTION_ITERATIONS);
    }

    public String hash(String password) {
        byte[] salt = randomBytes(SALT_BYTES);
        return stored(iterations, salt, derive(password, salt, iterations));
    }

    public boolean matches(String password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(parts[3]);
        byte[] actual = derive(password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the same time as checking a real password, so an unknown name cannot be told by the answer's speed. */
    public void burnEquivalentTime(String password) {
        matches(password, decoy);
    }

    /**
     * A stored hash in the real format and at the real cost that no password matches: random bytes in place of a
     * derived key. Checking against it costs what checking a real one does, and making it costs nothing at start-up
     * (deriving a real one took 600,000 rounds of HMAC before the port opened).
     */
    private String decoy(int rounds) {
        return stored(rounds, randomBytes(SALT_BYTES), randomBytes(HASH_BITS / 8));
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String stored(int rounds, byte[] salt, byte[] key) {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + rounds + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17", e);
        }
    }
}
