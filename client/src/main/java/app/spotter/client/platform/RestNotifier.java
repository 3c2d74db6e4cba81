package app.spotter.client.platform;

import java.util.function.Consumer;

/** "Rest is over" as a system notification, for when the page is hidden (phone locked, another app in front). */
public interface RestNotifier {
    /** What the browser allows: notifications on, refused, not asked yet, or not there at all. */
    enum Permission { GRANTED, DENIED, NOT_ASKED, UNSUPPORTED }

    Permission permission();

    /** Asks the browser (call from a tap, after saying why); {@code answered} gets the outcome. */
    void ask(Consumer<Permission> answered);

    /** True when the user cannot see the page now, so a notification is the only way to reach them. */
    boolean pageHidden();

    /** Shows a notification through the service worker; nothing when not allowed. {@code tag} replaces an older one. */
    void show(String title, String body, String tag);
}
