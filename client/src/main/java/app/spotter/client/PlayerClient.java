package app.spotter.client;

import app.spotter.client.account.SignIn;
import app.spotter.client.platform.PageReload;
import app.spotter.client.platform.Platform;
import app.spotter.client.player.OutboxRetry;
import app.spotter.client.player.PlayerView;

/**
 * The browser entry point of the player's route alone (js/player.js, named by the page the server and the
 * service worker answer for /workouts/active): a workout reopened at the gym paints without the code of the
 * other screens, two thirds of the whole app's bundle.
 * Any other route loads the page again, and with it the whole app.
 */
public final class PlayerClient {
    private PlayerClient() {
    }

    public static void main(String[] args) {
        ClientShell.start(PlayerClient::viewFor);
    }

    private static View viewFor(Route route, Platform platform, SignIn signIn, OutboxRetry retry) {
        if (route.screen() == Route.Screen.PLAYER) {
            return new PlayerView(platform, signIn.keys(), retry);
        }
        // The router has already moved to the new path: loaded afresh, it gets index.html and the whole app.
        return root -> PageReload.now();
    }
}
