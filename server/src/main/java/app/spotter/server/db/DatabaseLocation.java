package app.spotter.server.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where the data lives, from {@code --db} / {@code SPOTTER_DB}: a plain path is a SQLite file (as always); a
 * {@code jdbc:postgresql://host[:port]/database} URL is a PostgreSQL database, whose credentials come from the
 * environment only (never the command line, where {@code ps} shows them to everyone on the machine).
 */
public sealed interface DatabaseLocation {
    /** What {@code --db} accepts, for messages. */
    String ACCEPTED = "a file path for SQLite (e.g. ./data/spotter.db) or jdbc:postgresql://host[:port]/database";

    /** A SQLite database file, created on first use. */
    record SqliteFile(Path file) implements DatabaseLocation {
        @Override
        public String describe() {
            return file.toAbsolutePath().normalize().toString();
        }
    }

    /** A PostgreSQL database; {@code user} and {@code password} may be null (the driver's defaults). */
    record Postgres(String url, String user, String password) implements DatabaseLocation {
        @Override
        public String describe() {
            return url + (user == null ? "" : " as " + user);
        }

        /** Never the password: this ends up in logs and assertion messages. */
        @Override
        public String toString() {
            return "Postgres[" + describe() + (password == null ? "" : ", password set") + "]";
        }
    }

    /** The location in words for the start-up line: the file, or the URL and user (never a password). */
    String describe();

    /** {@code ^scheme:} of two or more letters: anything so shaped is meant as a URL, not a file name. */
    Pattern LOOKS_LIKE_URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");
    Pattern POSTGRES_URL = Pattern.compile("^jdbc:postgresql://[^/?#@\\s]+/[^/?#\\s]+(\\?[^#\\s]*)?$");

    /**
     * Classifies {@code text} and reads the PostgreSQL credentials from {@code env} ({@code SPOTTER_DB_USER},
     * {@code SPOTTER_DB_PASSWORD} or {@code SPOTTER_DB_PASSWORD_FILE}).
     *
     * @throws IllegalArgumentException naming what is accepted, for a URL of another kind or a password in the URL
     */
    static DatabaseLocation parse(String text, Map<String, String> env) {
        String value = text.trim();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("the database is empty; give " + ACCEPTED);
        }
        if (!LOOKS_LIKE_URL.matcher(value).find()) {
            return new SqliteFile(Path.of(value));
        }
        if (!POSTGRES_URL.matcher(value).matches()) {
            String scheme = value.substring(0, value.indexOf(':') + 1);
            throw new IllegalArgumentException("the database '" + scheme + "...' is not one Spotter opens; give "
                    + ACCEPTED + " (user and password in SPOTTER_DB_USER and SPOTTER_DB_PASSWORD)");
        }
        if (value.toLowerCase(Locale.ROOT).matches(".*[?&]password=.*")) {
            throw new IllegalArgumentException("the database URL holds a password; put it in SPOTTER_DB_PASSWORD"
                    + " or SPOTTER_DB_PASSWORD_FILE instead, where other users of the machine cannot read it");
        }
        return new Postgres(value, blankToNull(env.get("SPOTTER_DB_USER")), password(env));
    }

    private static String password(Map<String, String> env) {
        String direct = blankToNull(env.get("SPOTTER_DB_PASSWORD"));
        String file = blankToNull(env.get("SPOTTER_DB_PASSWORD_FILE"));
        if (direct != null && file != null) {
            throw new IllegalArgumentException("set SPOTTER_DB_PASSWORD or SPOTTER_DB_PASSWORD_FILE, not both");
        }
        if (file == null) {
            return direct;
        }
        try {
            // The file's first line, as Docker secrets and systemd credentials write it (a trailing newline).
            String content = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            int end = content.indexOf('\n');
            return (end < 0 ? content : content.substring(0, end)).replace("\r", "");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read SPOTTER_DB_PASSWORD_FILE " + file + ": " + e.getMessage());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
