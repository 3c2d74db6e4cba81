package app.spotter.client;

import app.spotter.client.account.AccountBar;
import app.spotter.client.account.SignIn;
import app.spotter.client.account.SignInGuard;
import app.spotter.client.account.SignInView;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.EarlyGet;
import app.spotter.client.platform.OfflineShell;
import app.spotter.client.platform.Platform;
import app.spotter.client.player.OutboxRetry;
import app.spotter.client.player.PlayerView;
import app.spotter.client.settings.SettingsView;
import app.spotter.client.ui.Focus;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The app around its screens, for either entry point: asks who is signed in, then shows the setup or sign-in form,
 * or the view of the current route, switching views as the route or the sign-in changes.
 */
final class ClientShell {
    private final Screens screens;
    private final Platform platform;
    private final SignIn signIn;
    private SignInView signInView;
    private final HTMLElement root;
    private final HTMLElement accountCorner;
    private final EarlyGet early;
    private View current;
    private OutboxRetry retry;
    private String retryUser;

    private ClientShell(Screens screens, Platform platform, SignIn signIn, EarlyGet early, HTMLElement root,
            HTMLElement accountCorner) {
        this.screens = screens;
        this.early = early;
        this.platform = platform;
        this.signIn = signIn;
        this.root = root;
        this.accountCorner = accountCorner;
    }

    static void start(Screens screens) {
        Platform device = Platform.browser();
        SettingsView.applyTheme(device.storage());
        EarlyGet early = new EarlyGet(device.http(), device.scheduler());
        SignInGuard http = new SignInGuard(early);
        Platform platform = new Platform(device.storage(), http, device.clock(), device.scheduler(), device.router(),
                device.ids(), device.device(), device.serverClock());
        SignIn signIn = new SignIn(http, device.storage(), device.clock());
        ClientShell app = new ClientShell(screens, platform, signIn, early, Dom.byId("app"), Dom.byId("account"));
        http.onSignInEnded(signIn::signInEnded);
        signIn.onChange(app::refresh);
        Navigation.wire(platform.router());
        platform.router().onChange(path -> app.refresh());
        app.refresh();
        signIn.start();
        // The player's draft is asked for beside the sign-in check, not after it (its page preloads both): one round
        // trip less before the workout a phone reopens at the gym is on screen. Only the player the check opens
        // reads that answer; a later request, after a sign-in through the form, goes to the server again.
        if (Route.parse(platform.router().currentPath()).screen() == Route.Screen.PLAYER) {
            early.sendEarly(PlayerView.DRAFT_PATH);
        }
        // Offline-first: the shell is cached for the next start, and finished workouts go up whatever screen is open.
        OfflineShell.registerServiceWorker();
    }

    /** One outbox sender, for the user signed in now (the player and the history hand it theirs): a new user
     * stops the last one's. */
    private void retryOutboxOf(String userId) {
        if (userId.equals(retryUser)) {
            return;
        }
        if (retry != null) {
            retry.stop();
        }
        retryUser = userId;
        retry = OutboxRetry.start(platform, signIn.keys(), OfflineShell::onOnline);
    }

    private void refresh() {
        AccountBar.draw(accountCorner, signIn, platform.router());
        switch (signIn.screen()) {
            case APP:
                if (signIn.offline()) {
                    // Opened for the user remembered here: an early answer may be another signed-in user's.
                    early.forget();
                }
                retryOutboxOf(signIn.user().id());
                show(screens.viewFor(Route.parse(platform.router().currentPath()), platform, signIn, retry));
                break;
            case SETUP:
            case SIGN_IN:
                // A fresh form after each stay in the app, so the next person does not find the last one's name.
                if (signInView == null || current != signInView) {
                    signInView = new SignInView(signIn);
                }
                show(signInView);
                break;
            default:
                Dom.clear(root);
                Dom.append(root, Dom.text("p", "muted", "Starting Spotter\u2026"));
                return;
        }
        // The first screen after the check has taken the early draft if it was the player; nothing later may.
        early.forget();
    }

    private void show(View next) {
        boolean routeChange = current != null;
        if (current != null) {
            current.leave();
        }
        Dom.clear(root);
        current = next;
        current.show(root);
        // After a route change the keyboard starts at the new screen's title, not on <body> (or the old link).
        if (routeChange) {
            Focus.restore(Focus.TITLE);
        }
    }
}
