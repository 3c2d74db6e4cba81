package app.spotter.client;

import app.spotter.client.account.HouseholdView;
import app.spotter.client.account.SignIn;
import app.spotter.client.exercises.ExercisesView;
import app.spotter.client.history.HistoryView;
import app.spotter.client.history.WorkoutView;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.GymFloor;
import app.spotter.client.platform.Platform;
import app.spotter.client.player.OutboxRetry;
import app.spotter.client.player.PlayerView;
import app.spotter.client.progress.ProgressView;
import app.spotter.client.settings.SettingsView;
import app.spotter.client.templates.TemplateEditorView;
import app.spotter.client.templates.TemplateListView;

/** The browser entry point of the whole app (js/spotter.js): every screen, switched in the page. */
public final class SpotterClient {
    private SpotterClient() {
    }

    public static void main(String[] args) {
        ClientShell.start(SpotterClient::viewFor);
    }

    private static View viewFor(Route route, Platform platform, SignIn signIn, OutboxRetry retry) {
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
