package app.spotter.account;

/** An account as the server describes it ({@code {"id", "name", "role"}}); role is "owner" or "member". */
public record SignedInUser(String id, String name, String role) {
    public static final String OWNER = "owner";
    public static final String MEMBER = "member";

    public boolean isOwner() {
        return OWNER.equals(role);
    }
}
