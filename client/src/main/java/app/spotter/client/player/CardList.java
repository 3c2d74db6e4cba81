package app.spotter.client.player;

import app.spotter.client.platform.Dom;
import app.spotter.client.platform.Scheduler;
import app.spotter.history.WeightUnit;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The player's list of exercise cards, patched in place: a closed card whose exercise, place and unit are as
 * before keeps its element, so a tap on a 40-exercise workout redraws the one or two cards it changed, not forty
 * (the browser restyles and lays out only those). The open card is drawn each time (it shows the clock-driven
 * and error parts of the state) into its {@link OpenCard}, around the set rows and other parts kept from the last
 * draw: taken out and put back, they would be styled and laid out afresh.
 *
 * <p>Opening the next exercise (the last set done) is the tap that changes most. So while the user rests, the
 * next exercise's open card is drawn off screen, and a card just closed keeps its open form for a while (a
 * superset goes back and forth): the tap that opens it then puts a finished card in place, and only what changed
 * since is drawn again.
 */
final class CardList {
    /** The open cards kept: the one on show, the next one drawn ahead, and the last one closed. */
    private static final int OPEN_CARDS_KEPT = 3;
    private final HTMLElement list = Dom.el("ol", "exercises");
    private final List<Card> shown = new ArrayList<>();
    private final Scheduler scheduler;
    /** By exercise id, the least recently drawn first. */
    private final Map<String, OpenCard> openCards = new LinkedHashMap<>(8, 0.75f, true);
    private Drawn drawn;
    private boolean drawAheadPending;

    private record Card(WorkoutExercise exercise, int index, WeightUnit unit, boolean open, HTMLElement element) {
        boolean showsClosed(WorkoutExercise other, int at, WeightUnit in) {
            return !open && index == at && unit == in && exercise.equals(other);
        }
    }

    /** An exercise's open card: its element and the rows and parts drawn into it, kept while it is closed. */
    private static final class OpenCard {
        final HTMLElement element = Dom.el("li", "");
        final SetRows rows = new SetRows();
        final KeptParts parts = new KeptParts();

        HTMLElement draw(Workout workout, int index, LiveState state, WeightUnit unit, WorkoutEdits edits, long now) {
            ExerciseCard.render(workout, index, true, state, unit, edits, rows, parts, element, now);
            rows.drawn();
            parts.drawn();
            return element;
        }
    }

    /** What the last draw drew from, for drawing the next card ahead. */
    private record Drawn(Workout workout, String openId, LiveState state, WeightUnit unit, WorkoutEdits edits,
                         long now) {
    }

    CardList(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    HTMLElement element() {
        return list;
    }

    /**
     * Brings the list up to date with {@code workout}, with the card of exercise {@code openId} open, replacing
     * only the cards that changed.
     */
    HTMLElement draw(Workout workout, String openId, LiveState state, WeightUnit unit, WorkoutEdits edits,
                     long now) {
        List<WorkoutExercise> visible = workout.visibleExercises();
        for (int i = 0; i < visible.size(); i++) {
            WorkoutExercise exercise = visible.get(i);
            boolean open = exercise.id().equals(openId);
            Card old = i < shown.size() ? shown.get(i) : null;
            if (old != null && !open && old.showsClosed(exercise, i, unit)) {
                continue;
            }
            HTMLElement element = open ? openCard(exercise.id(), i).draw(workout, i, state, unit, edits, now)
                    : ExerciseCard.render(workout, i, false, state, unit, edits, null, null, null, now);
            Card card = new Card(exercise, i, unit, open, element);
            if (old == null) {
                list.appendChild(card.element());
                shown.add(card);
            } else {
                if (!Dom.isSame(card.element(), old.element())) {
                    list.replaceChild(card.element(), old.element());
                }
                shown.set(i, card);
            }
        }
        while (shown.size() > visible.size()) {
            list.removeChild(shown.remove(shown.size() - 1).element());
        }
        drawn = new Drawn(workout, openId, state, unit, edits, now);
        if (!drawAheadPending) {
            drawAheadPending = true;
            scheduler.afterPaint(this::drawNextAhead);
        }
        return list;
    }

    /**
     * The open card kept for the exercise, or a new one; a new one too when the kept one is on show in another
     * place (the exercise moved): moved in one step of the patch, it would be taken out again by the next.
     */
    private OpenCard openCard(String exerciseId, int at) {
        OpenCard card = openCards.get(exerciseId);
        if (card != null && shownElsewhere(card.element, at)) {
            openCards.remove(exerciseId);
            card = null;
        }
        if (card == null) {
            card = new OpenCard();
            openCards.put(exerciseId, card);
            if (openCards.size() > OPEN_CARDS_KEPT) {
                openCards.remove(openCards.keySet().iterator().next());
            }
        }
        return card;
    }

    private boolean shownElsewhere(HTMLElement element, int at) {
        for (int i = 0; i < shown.size(); i++) {
            if (i != at && Dom.isSame(shown.get(i).element(), element)) {
                return true;
            }
        }
        return false;
    }

    // After the tap has painted: the open card of the exercise after the one on show, off screen, unless kept.
    private void drawNextAhead() {
        drawAheadPending = false;
        Workout workout = drawn.workout();
        List<WorkoutExercise> visible = workout.visibleExercises();
        int next = 0;
        while (next < visible.size() && !visible.get(next).id().equals(drawn.openId())) {
            next++;
        }
        next++;
        if (next >= visible.size() || openCards.containsKey(visible.get(next).id())) {
            return;
        }
        openCard(visible.get(next).id(), next).draw(workout, next, drawn.state(), drawn.unit(), drawn.edits(),
                drawn.now());
    }
}
