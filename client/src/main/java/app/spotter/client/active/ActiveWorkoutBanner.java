package app.spotter.client.active;

import app.spotter.client.Route;
import app.spotter.client.platform.Clock;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.Router;
import app.spotter.client.platform.Scheduler;
import app.spotter.client.ui.Buttons;
import app.spotter.client.ui.Focus;
import app.spotter.session.TimerFormat;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * "Workout in progress: Push day, 23:14. Resume" on the Workouts and History screens while one runs; the time
 * counts on each second like the player's timer. Not a live region: a sentence read out every second would drown
 * everything else.
 */
public final class ActiveWorkoutBanner {
    private static final int TICK_MILLIS = 1000;
    private final ActiveWorkoutReader reader;
    private final Clock clock;
    private final Router router;
    private final Scheduler scheduler;
    private Scheduler.Cancellable ticking;
    private HTMLElement sentence;
    private ActiveWorkout shown;

    public ActiveWorkoutBanner(ActiveWorkoutReader reader, Clock clock, Router router, Scheduler scheduler) {
        this.reader = reader;
        this.clock = clock;
        this.router = router;
        this.scheduler = scheduler;
    }

    /** The banner's sentence: the name and the time since the start, as the player's timer shows it. */
    public static String text(ActiveWorkout workout, long now) {
        return "Workout in progress: " + workout.name() + ", " + TimerFormat.mmss((now - workout.startedAt()) / 1000)
                + ".";
    }

    /** The banner for the saved workout (read again on each draw), or null when none is in progress. */
    public HTMLElement render() {
        shown = reader.read();
        if (shown == null) {
            stop();
            sentence = null;
            return null;
        }
        HTMLElement banner = Dom.el("div", "banner banner-active");
        sentence = Dom.text("span", "banner-active-text", text(shown, clock.now()));
        Dom.append(banner, sentence, Focus.tag(Buttons.named("btn-primary", "Resume", "Resume " + shown.name(),
                "resume", () -> router.go(Route.PLAYER)), "resume"));
        if (ticking == null) {
            ticking = scheduler.every(TICK_MILLIS, this::tick);
        }
        return banner;
    }

    /** Stops the ticking (when the screen is left). */
    public void stop() {
        if (ticking != null) {
            ticking.cancel();
            ticking = null;
        }
    }

    private void tick() {
        if (sentence != null && shown != null) {
            sentence.setTextContent(text(shown, clock.now()));
        }
    }
}
