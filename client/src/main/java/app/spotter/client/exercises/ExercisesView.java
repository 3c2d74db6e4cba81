package app.spotter.client.exercises;

import app.spotter.catalog.CustomExercise;
import app.spotter.catalog.CustomExerciseRules;
import app.spotter.catalog.ExerciseCatalog;
import app.spotter.client.View;
import app.spotter.client.api.ApiCall.Callback;
import app.spotter.client.catalog.CatalogSource;
import app.spotter.client.catalog.CustomExerciseList;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.Platform;
import app.spotter.client.player.StorageKeys;
import app.spotter.client.ui.Focus;
import app.spotter.validation.FieldError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The Exercises screen ({@code /settings/exercises}): the user's custom exercises, a form to add one, and for each
 * a rename and a merge into another exercise (its logged history follows both).
 */
public final class ExercisesView implements View, ExerciseRow.Actions {
    private static final CustomExercise EMPTY = new CustomExercise("", "", "weight_reps", "", "", 0);
    private final CustomExerciseList list;
    private final CustomExerciseApi api;
    private final CatalogSource catalog;
    private HTMLElement root;
    private boolean busy;
    private String problem = "";
    private String done = "";
    private CustomExercise draft = EMPTY;
    private final Map<String, String> typedNames = new HashMap<>();

    public ExercisesView(Platform platform, StorageKeys keys) {
        this.list = new CustomExerciseList(platform.http(), platform.storage(), keys.customExercises());
        this.api = new CustomExerciseApi(platform.http());
        this.catalog = new CatalogSource(platform.http());
    }

    @Override
    public void show(HTMLElement viewRoot) {
        root = viewRoot;
        Dom.scrollToTop();
        draw();
    }

    private void draw() {
        String had = Focus.currentKey();
        list.refresh(this::draw);
        ExerciseCatalog known = catalog.get(this::draw);
        List<CustomExercise> exercises = list.current();
        Dom.clear(root);
        HTMLElement page = Dom.el("section", "page settings exercises");
        HTMLElement error = Dom.text("p", "form-error", problem);
        error.setAttribute("role", "alert");
        HTMLElement status = Dom.text("p", "muted", done);
        status.setAttribute("role", "status");
        Dom.append(page, Focus.title("Your exercises"), NewExerciseForm.render(draft, busy,
                (field, value) -> draft = NewExerciseForm.with(draft, field, value), this::add), error, status);
        HTMLElement rows = Dom.el("ul", "custom-exercises");
        ExerciseCatalog targets = known == null ? null : known.withCustom(exercises);
        for (int i = 0; i < exercises.size(); i++) {
            CustomExercise e = exercises.get(i);
            Dom.append(rows, ExerciseRow.render(e, i, typedNames.getOrDefault(e.id(), e.name()), targets, busy, this));
        }
        Dom.append(page, exercises.isEmpty() ? Dom.text("p", "muted", "No exercises of your own yet.") : rows);
        Dom.append(root, page);
        if (Focus.lost()) {
            Focus.restore(had);
        }
    }

    private void add() {
        CustomExercise exercise = draft;
        if (refused(CustomExerciseRules.check(exercise))) {
            return;
        }
        this.<CustomExercise>send(callback -> api.add(exercise, callback), "Added " + exercise.name().trim() + ".");
    }

    @Override
    public void rename(CustomExercise exercise) {
        String newName = typedNames.getOrDefault(exercise.id(), exercise.name());
        CustomExercise renamed = exercise.edited(new CustomExercise("", newName, exercise.kind(), exercise.muscle(),
                exercise.equipment(), 0));
        if (refused(CustomExerciseRules.check(renamed))) {
            return;
        }
        this.<CustomExercise>send(callback -> api.update(renamed, callback), "Renamed to " + newName.trim() + "; its history follows.");
    }

    @Override
    public void typing(CustomExercise exercise, String newName) {
        typedNames.put(exercise.id(), newName);
    }

    @Override
    public void merge(CustomExercise exercise, String intoId) {
        busy = true;
        draw();
        api.merge(exercise.id(), intoId, Callback.of(into -> finished("Merged " + exercise.name() + " into " + into
                + "."), this::failed));
    }

    private <T> void send(Consumer<Callback<T>> call, String message) {
        busy = true;
        draw();
        call.accept(Callback.of(value -> finished(message), this::failed));
    }

    private void finished(String message) {
        busy = false;
        draft = EMPTY;
        typedNames.clear();
        problem = "";
        done = message;
        list.stale();
        draw();
    }

    private void failed(FieldError error) {
        busy = false;
        problem = error.message();
        done = "";
        draw();
    }

    private boolean refused(List<FieldError> errors) {
        if (errors.isEmpty()) {
            return false;
        }
        failed(errors.get(0));
        return true;
    }
}
