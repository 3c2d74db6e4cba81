package app.spotter.client;

import app.spotter.client.account.SignIn;
import app.spotter.client.platform.Platform;
import app.spotter.client.player.OutboxRetry;

/** The views one compiled bundle can draw, by route: the whole app's, or the player's alone. */
interface Screens {
    View viewFor(Route route, Platform platform, SignIn signIn, OutboxRetry retry);
}
