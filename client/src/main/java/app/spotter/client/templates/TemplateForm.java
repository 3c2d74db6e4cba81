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
    private final TypedTemplate typed;
    private Map<String, String> errors = new LinkedHashMap<>();
    private boolean checking;
    private boolean changed;
    private String focus = "";

    TemplateForm(TypedTemplate typed) {
        this.typed = typed;
    }

    /** A new template, with the focus on its name, the first thing to type. */
    static TemplateForm blank(WeightUnit unit) {
        TemplateForm form = new TemplateForm(TypedTemplate.blank(unit));
        form.focus = FieldPaths.NAME;
        return form;
    }

    static TemplateForm of(Template template, WeightUnit unit) {
        return new TemplateForm(TypedTemplate.of(template, unit));
    }

    TypedTemplate typed() {
        return typed;
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
        return typed.exercises.size() < Limits.EXERCISES_MAX;
    }

    boolean canAddSet(int exercise) {
        return typed.exercises.get(exercise).sets.size() < Limits.SETS_MAX;
    }

    void addExercise() {
        if (canAddExercise()) {
            typed.exercises.add(TypedExercise.blank());
            focus = FieldPaths.exerciseName(typed.exercises.size() - 1);
            edited();
        }
    }

    void removeExercise(int exercise) {
        typed.exercises.remove(exercise);
        edited();
    }

    /** Moves an exercise one place up ({@code -1}) or down ({@code +1}); a move past either end does nothing. */
    void moveExercise(int exercise, int step) {
        int target = exercise + step;
        if (target >= 0 && target < typed.exercises.size()) {
            Collections.swap(typed.exercises, exercise, target);
            edited();
        }
    }

    /** Adds a set like the last one, since the sets of an exercise are mostly alike. */
    void addSet(int exercise) {
        if (canAddSet(exercise)) {
            TypedExercise ex = typed.exercises.get(exercise);
            ex.sets.add(ex.sets.isEmpty() ? TypedSet.blank() : ex.sets.get(ex.sets.size() - 1).copy());
            focus = TypedTemplate.targetPaths(ex.kind, exercise, ex.sets.size() - 1).get(0);
            edited();
        }
    }

    void removeSet(int exercise, int set) {
        typed.exercises.get(exercise).sets.remove(set);
        edited();
    }

    void editName(String text) {
        typed.name = text;
        edited();
    }

    void editExerciseName(int exercise, String text) {
        typed.exercises.get(exercise).name = text;
        edited();
    }

    void editNote(String text) {
        typed.note = text;
        edited();
    }

    void editExerciseNote(int exercise, String text) {
        typed.exercises.get(exercise).note = text;
        edited();
    }

    /** The kind decides which target boxes the sets show; what was typed into the others is kept, not saved. */
    void editKind(int exercise, ExerciseKind kind) {
        typed.exercises.get(exercise).kind = kind;
        edited();
    }

    /**
     * After the name is typed: a name the catalog knows sets the kind it takes. True when the kind changed (the
     * sets then show other boxes); the keyboard stays on the name.
     */
    boolean suggestKind(int exercise, ExerciseCatalog catalog) {
        TypedExercise ex = typed.exercises.get(exercise);
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
        typed.exercises.get(exercise).supersetWithAbove = withAbove;
        edited();
    }

    void editSetType(int exercise, int set, SetType type) {
        typed.exercises.get(exercise).sets.get(set).type = type;
        edited();
    }

    void editSeconds(int exercise, int set, String text) {
        typed.exercises.get(exercise).sets.get(set).seconds = text;
        edited();
    }

    void editMetres(int exercise, int set, String text) {
        typed.exercises.get(exercise).sets.get(set).metres = text;
        edited();
    }

    void editRest(int exercise, String text) {
        typed.exercises.get(exercise).rest = text;
        edited();
    }

    /** The longest rest of a window; empty for a single rest time. */
    void editRestMax(int exercise, String text) {
        typed.exercises.get(exercise).restMax = text;
        edited();
    }

    void editReps(int exercise, int set, String text) {
        typed.exercises.get(exercise).sets.get(set).reps = text;
        edited();
    }

    void editWeight(int exercise, int set, String text) {
        typed.exercises.get(exercise).sets.get(set).weight = text;
        edited();
    }

    /** Reads the typed as a template with {@code id}, shows its errors, and points the focus at the first one. */
    TypedTemplateReader.Reading check(String id) {
        checking = true;
        TypedTemplateReader.Reading reading = TypedTemplateReader.read(typed, id);
        errors = new LinkedHashMap<>(reading.errors());
        if (!errors.isEmpty()) {
            focus = errors.keySet().iterator().next();
        }
        return reading;
    }

    /** Shows an error the server found next to its field; false when the form has no place for that field. */
    boolean place(FieldError error) {
        if (!typed.fieldPaths().contains(error.field())) {
            return false;
        }
        errors.put(error.field(), error.message());
        focus = error.field();
        return true;
    }

    private void edited() {
        changed = true;
        if (checking) {
            errors = new LinkedHashMap<>(TypedTemplateReader.read(typed, "").errors());
        }
    }
}
