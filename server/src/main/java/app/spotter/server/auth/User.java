package app.spotter.server.auth;

import app.spotter.account.SignedInUser;

/** A person with an account on this server. The owner made the first account and manages the others. */
public record User(String id, String name, Role role) {
    /** What an account may do beyond its own data. */
    public enum Role { OWNER, MEMBER }

    public boolean isOwner() {
        return role == Role.OWNER;
    }

    /** The account as the API describes it ({@link app.spotter.account.AccountCodec}). */
    public SignedInUser wire() {
        return new SignedInUser(id, name, isOwner() ? SignedInUser.OWNER : SignedInUser.MEMBER);
    }
}
