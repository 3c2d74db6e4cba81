package app.spotter.client.catalog;

import app.spotter.catalog.CatalogExercise;
import app.spotter.catalog.ExerciseCatalog;
import app.spotter.catalog.Names;
import app.spotter.client.platform.Dom;
import java.util.List;
import java.util.function.Consumer;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The picker's list under an exercise name box: as the user types, the known exercises that match
 * ({@link ExerciseCatalog#search}: the catalog and the user's own), each with its equipment and muscle group, so
 * "ben" shows "Bench Press, barbell, chest" beside "Dumbbell Bench Press, dumbbell, chest". Choosing one hands it
 * to {@code chosen}, which puts its name (and kind) in the form.
 */
public final class ExerciseMatches {
    /** How many matches are listed at most: a phone screen's worth above the keyboard. */
    static final int SHOWN = 6;

    private ExerciseMatches() {
    }

    /** The list, empty until the user types in {@code name}; it follows every keystroke. */
    public static HTMLElement under(HTMLInputElement name, ExerciseCatalog catalog, Consumer<CatalogExercise> chosen) {
        HTMLElement list = Dom.el("ul", "exercise-matches");
        list.setAttribute("aria-label", "Matching exercises");
        Dom.onInput(name, () -> fill(list, name, catalog, chosen));
        return list;
    }

    private static void fill(HTMLElement list, HTMLInputElement name, ExerciseCatalog catalog,
                             Consumer<CatalogExercise> chosen) {
        Dom.clear(list);
        String typed = name.getValue();
        List<CatalogExercise> matches = catalog.search(typed, SHOWN);
        if (matches.size() == 1 && Names.normalize(matches.get(0).name()).equals(Names.normalize(typed))) {
            return;
        }
        for (CatalogExercise match : matches) {
            HTMLElement pick = Dom.button(match.name(), "pick-exercise", () -> {
                Dom.clear(list);
                chosen.accept(match);
            });
            pick.setClassName("exercise-match");
            String about = about(match);
            if (!about.isEmpty()) {
                Dom.append(pick, Dom.text("span", "exercise-match-about", about));
            }
            Dom.append(list, Dom.append(Dom.el("li", ""), pick));
        }
    }

    /** ", barbell, chest": what tells two exercises of one name apart. */
    static String about(CatalogExercise exercise) {
        StringBuilder about = new StringBuilder();
        for (String part : new String[] {exercise.equipment(), exercise.muscle()}) {
            if (!part.isEmpty()) {
                about.append(", ").append(part);
            }
        }
        return about.toString();
    }
}
