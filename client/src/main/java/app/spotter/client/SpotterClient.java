package app.spotter.client;

import app.spotter.client.account.AccountBar;
import app.spotter.client.account.HouseholdView;
import app.spotter.client.account.SignIn;
import app.spotter.client.account.SignInGuard;
import app.spotter.client.account.SignInView;
import app.spotter.client.exercises.ExercisesView;
import app.spotter.client.history.HistoryView;
import app.spotter.client.history.WorkoutView;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.GymFloor;
import app.spotter.client.platform.OfflineShell;
import app.spotter.client.platform.Platform;
import app.spotter.client.progress.ProgressView;
import app.spotter.client.player.OutboxRetry;
import app.spotter.client.player.PlayerView;
import app.spotter.client.settings.SettingsView;
import app.spotter.client.templates.TemplateEditorView;
import app.spotter.client.templates.TemplateListView;
import app.spotter.client.ui.Focus;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The browser entry point: asks who is signed in, then shows the setup or sign-in form, or the view of the current
 * route, switching views as the route or the sign-in changes.
 */
public final class SpotterClient {
    private final Platform platform;
    private final SignIn signIn;
    private SignInView signInView;
    private final HTMLElement root;
    private final HTMLElement accountCorner;
    private View current;
    private OutboxRetry retry;
    private String retryUser;

    private SpotterClient(Platform platform, SignIn signIn, HTMLElement root, HTMLElement accountCorner) {
        this.platform = platform;
        this.signIn = signIn;
        this.root = root;
        this.accountCorner = accountCorner;
    }

    public static void main(String[] args) {
        Platform device = Platform.browser();
        SettingsView.applyTheme(device.storage());
        SignInGuard http = new SignInGuard(device.http());
        Platform platform = new Platform(device.storage(), http, device.clock(), device.scheduler(), device.router(),
                device.ids(), device.device(), device.serverClock());
        SignIn signIn = new SignIn(http, device.storage(), device.clock());
        SpotterClient app = new SpotterClient(platform, signIn, Dom.byId("app"), Dom.byId("account"));
        http.onSignInEnded(signIn::signInEnded);
        signIn.onChange(app::refresh);
        Navigation.wire(platform.router());
        platform.router().onChange(path -> app.refresh());
        app.refresh();
        signIn.start();
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
                retryOutboxOf(signIn.user().id());
                show(viewFor(Route.parse(platform.router().currentPath())));
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
                break;
        }
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

    private View viewFor(Route route) {
        switch (route.screen()) {
            case TEMPLATES:
                return new TemplateListView(platform, signIn.keys());
            case NEW_TEMPLATE:
                return new TemplateEditorView(platform, signIn.keys(), "");
            case EDIT_TEMPLATE:
                return new TemplateEditorView(platform, signIn.keys(), route.id());
            case PLAYER:
                return new PlayerView(platform, signIn.keys(), retry);
            case HISTORY:
                return new HistoryView(platform, signIn.keys(), retry);
            case WORKOUT:
                return new WorkoutView(platform, signIn.keys(), route.id(), retry);
            case PROGRESS:
                return new ProgressView(platform, signIn.keys());
            case SETTINGS:
                return new SettingsView(platform.storage(), GymFloor.browser().sound(), platform.router());
            case EXERCISES:
                return new ExercisesView(platform, signIn.keys());
            case HOUSEHOLD:
                return new HouseholdView(platform.http(), signIn.user());
            default:
                return rootEl -> Dom.append(rootEl, Dom.text("h1", "", "Page not found"),
                        Dom.button("Back to workouts", "home", () -> platform.router().go(Route.TEMPLATES)));
        }
    }
}
