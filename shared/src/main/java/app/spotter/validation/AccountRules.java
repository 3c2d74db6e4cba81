package app.spotter.validation;

/**
 * What an account's name and password must be, checked by the client before it sends them and by the server
 * before it stores them, so both say the same thing in the same words.
 */
public final class AccountRules {
    public static final int NAME_MAX_CHARS = 50;
    public static final int PASSWORD_MIN_CHARS = 10;
    public static final int PASSWORD_MAX_CHARS = 200;

    private AccountRules() {
    }

    /** What is wrong with this name (field {@code name}), or null when it will do. Surrounding spaces are ignored. */
    public static FieldError nameProblem(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX_CHARS) {
            return new FieldError("name", "Name must be 1 to " + NAME_MAX_CHARS + " characters");
        }
        for (int i = 0; i < trimmed.length(); i++) {
            if (Character.isISOControl(trimmed.charAt(i))) {
                return new FieldError("name", "Name must not contain control characters");
            }
        }
        return null;
    }

    /** What is wrong with this password (field {@code password}), or null when it will do. */
    public static FieldError passwordProblem(String password) {
        int length = password == null ? 0 : password.length();
        if (length < PASSWORD_MIN_CHARS || length > PASSWORD_MAX_CHARS) {
            return new FieldError("password", "Password must be " + PASSWORD_MIN_CHARS + " to " + PASSWORD_MAX_CHARS
                    + " characters");
        }
        return null;
    }
}
