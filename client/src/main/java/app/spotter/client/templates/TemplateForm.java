package app.spotter.client.templates;

import app.spotter.catalog.CatalogExercise;
import app.spotter.catalog.ExerciseCatalog;
import app.spotter.history.WeightUnit;
import app.spotter.validation.FieldError;
import app.spotter.validation.Limits;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetType;
import app.spotter.workout.Template;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the user has typed into the template editor and what is wrong with it. Errors appear once the user first
 * tries to save, and from then on follow every edit, so a fixed field loses its message as soon as it is fixed.
 */
final class TemplateForm {
    private final TemplateDraft draft;
    private Map<String, String> errors = new LinkedHashMap<>();
    private boolean checking;
    private boolean changed;
    private String focus = "";

    TemplateForm(TemplateDraft draft) {
        this.draft = draft;
    }

    /** A new template, with the focus on its name, the first thing to type. */
    static TemplateForm blank(WeightUnit unit) {
        TemplateForm form = new TemplateForm(TemplateDraft.blank(unit));
        form.focus = FieldPaths.NAME;
        return form;
    }

    static TemplateForm of(Template template, WeightUnit unit) {
        return new TemplateForm(TemplateDraft.of(template, unit));
    }

    TemplateDraft draft() {
        return draft;
    }

    /** The message for one field, or "" when it is fine. */
    String errorFor(String field) {
        String message = errors.get(field);
        return message == null ? "" : message;
    }

    Map<String, String> errors() {
        return Collections.unmodifiableMap(errors);
    }

    /** The field the view should focus after drawing, handed out once; "" for none. */
    String takeFocus() {
        String field = focus;
        focus = "";
        return field;
    }

    /** True once the user has changed anything, so leaving would lose work. */
    boolean hasChanges() {
        return changed;
    }

    boolean canAddExercise() {
        return draft.exercises.size() < Limits.EXERCISES_MAX;
    }

    boolean canAddSet(int exercise) {
        return draft.exercises.get(exercise).sets.size() < Limits.SETS_MAX;
    }

    void addExercise() {
        if (canAddExercise()) {
            draft.exercises.add(ExerciseDraft.blank());
            focus = FieldPaths.exerciseName(draft.exercises.size() - 1);
            edited();
        }
    }

    void removeExercise(int exercise) {
        draft.exercises.remove(exercise);
        edited();
    }

    /** Moves an exercise one place up ({@code -1}) or down ({@code +1}); a move past either end does nothing. */
    void moveExercise(int exercise, int step) {
        int target = exercise + step;
        if (target >= 0 && target < draft.exercises.size()) {
            Collections.swap(draft.exercises, exercise, target);
            edited();
        }
    }

    /** Adds a set like the last one, since the sets of an exercise are mostly alike. */
    void addSet(int exercise) {
        if (canAddSet(exercise)) {
            ExerciseDraft ex = draft.exercises.get(exercise);
            ex.sets.add(ex.sets.isEmpty() ? SetDraft.blank() : ex.sets.get(ex.sets.size() - 1).copy());
            focus = TemplateDraft.targetPaths(ex.kind, exercise, ex.sets.size() - 1).get(0);
            edited();
        }
    }

    void removeSet(int exercise, int set) {
        draft.exercises.get(exercise).sets.remove(set);
        edited();
    }

    void editName(String text) {
        draft.name = text;
        edited();
    }

    void editExerciseName(int exercise, String text) {
        draft.exercises.get(exercise).name = text;
        edited();
    }

    void editNote(String text) {
        draft.note = text;
        edited();
    }

    void editExerciseNote(int exercise, String text) {
        draft.exercises.get(exercise).note = text;
        edited();
    }

    /** The kind decides which target boxes the sets show; what was typed into the others is kept, not saved. */
    void editKind(int exercise, ExerciseKind kind) {
        draft.exercises.get(exercise).kind = kind;
        edited();
    }

    /**
     * After the name is typed: a name the catalog knows sets the kind it takes. True when the kind changed (the
     * sets then show other boxes); the keyboard stays on the name.
     */
    boolean suggestKind(int exercise, ExerciseCatalog catalog) {
        ExerciseDraft ex = draft.exercises.get(exercise);
        CatalogExercise known = catalog == null ? null : catalog.match(ex.name);
        ExerciseKind kind = known == null ? null : ExerciseKind.fromWire(known.kind());
        if (kind == null || kind == ex.kind) {
            return false;
        }
        editKind(exercise, kind);
        focus = FieldPaths.exerciseName(exercise);
        return true;
    }

    void editSuperset(int exercise, boolean withAbove) {
        draft.exercises.get(exercise).supersetWithAbove = withAbove;
        edited();
    }

    void editSetType(int exercise, int set, SetType type) {
        draft.exercises.get(exercise).sets.get(set).type = type;
        edited();
    }

    void editSeconds(int exercise, int set, String text) {
        draft.exercises.get(exercise).sets.get(set).seconds = text;
        edited();
    }

    void editMetres(int exercise, int set, String text) {
        draft.exercises.get(exercise).sets.get(set).metres = text;
        edited();
    }

    void editRest(int exercise, String text) {
        draft.exercises.get(exercise).rest = text;
        edited();
    }

    /** The longest rest of a window; empty for a single rest time. */
    void editRestMax(int exercise, String text) {
        draft.exercises.get(exercise).restMax = text;
        edited();
    }

    void editReps(int exercise, int set, String text) {
        draft.exercises.get(exercise).sets.get(set).reps = text;
        edited();
    }

    void editWeight(int exercise, int set, String text) {
        draft.exercises.get(exercise).sets.get(set).weight = text;
        edited();
    }

    /** Reads the draft as a template with {@code id}, shows its errors, and points the focus at the first one. */
    DraftReader.Reading check(String id) {
        checking = true;
        DraftReader.Reading reading = DraftReader.read(draft, id);
        errors = new LinkedHashMap<>(reading.errors());
        if (!errors.isEmpty()) {
            focus = errors.keySet().iterator().next();
        }
        return reading;
    }

    /** Shows an error the server found next to its field; false when the form has no place for that field. */
    boolean place(FieldError error) {
        if (!draft.fieldPaths().contains(error.field())) {
            return false;
        }
        errors.put(error.field(), error.message());
        focus = error.field();
        return true;
    }

    private void edited() {
        changed = true;
        if (checking) {
            errors = new LinkedHashMap<>(DraftReader.read(draft, "").errors());
        }
    }
}
