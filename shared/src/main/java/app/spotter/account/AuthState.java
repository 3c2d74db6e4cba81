package app.spotter.account;

/** Who is signed in ({@code GET /api/auth/state}): whether the server still needs its owner, and the user or null. */
public record AuthState(boolean setupNeeded, SignedInUser user) {
}
