package app.spotter.client.templates;

import app.spotter.client.api.ApiCall.Callback;
import app.spotter.client.Route;
import app.spotter.client.platform.Router;
import app.spotter.client.ui.UnitMessages;
import app.spotter.history.WeightUnit;
import app.spotter.validation.FieldError;
import app.spotter.workout.Template;

/**
 * The template editor: loads the template, saves it (POST when new, PUT when stored) and goes back to the list.
 * Plain Java, so the JVM tests drive it with a fake server. The view calls an action and then draws; answers from
 * the server change the state later and call the {@link #onChange} listener.
 */
final class TemplateEditor {
    /** What the editor is doing, which decides what the view offers. */
    enum Status { LOADING, LOAD_FAILED, EDITING, SAVING }

    private final TemplateApi api;
    private final Router router;
    private final WeightUnit unit;
    private Runnable onChange = () -> { };
    private Status status = Status.LOADING;
    private String templateId = "";
    private TemplateForm form;
    private String problem = "";
    private boolean discardAsked;
    private boolean closed;

    /** Weights are shown and typed in {@code unit}. */
    TemplateEditor(TemplateApi api, Router router, WeightUnit unit) {
        this.api = api;
        this.router = router;
        this.unit = unit;
        this.form = TemplateForm.blank(unit);
    }

    /** Called after an answer from the server changed the state. */
    void onChange(Runnable listener) {
        onChange = listener;
    }

    /** Starts editing: a blank template for an empty id, else the stored one, loaded from the server. */
    void open(String id) {
        templateId = id;
        problem = "";
        if (id.isEmpty()) {
            form = TemplateForm.blank(unit);
            status = Status.EDITING;
        } else {
            status = Status.LOADING;
            api.get(id, Callback.of(this::loaded, this::loadFailed));
        }
    }

    Status status() {
        return status;
    }

    boolean isNew() {
        return templateId.isEmpty();
    }

    TemplateForm form() {
        return form;
    }

    /** A failure that belongs to no field: the server cannot be reached, the template is gone, and so on. */
    String problem() {
        return problem;
    }

    /** Stores the template when the form holds no errors; otherwise leaves the errors on show. */
    void save() {
        if (status != Status.EDITING) {
            return;
        }
        problem = "";
        TypedTemplateReader.Reading reading = form.check(templateId);
        if (!reading.errors().isEmpty()) {
            return;
        }
        status = Status.SAVING;
        Callback<Template> answer = Callback.of(saved -> saved(), this::saveFailed);
        if (isNew()) {
            api.create(reading.template(), answer);
        } else {
            api.update(reading.template(), answer);
        }
    }

    /** Back to the list; when the form holds changes, first asks whether to throw them away. */
    void cancel() {
        if (form.hasChanges() && status != Status.LOAD_FAILED) {
            discardAsked = true;
        } else {
            discard();
        }
    }

    /** True while the editor waits for the user to confirm that their changes may go. */
    boolean discardAsked() {
        return discardAsked;
    }

    void keepEditing() {
        discardAsked = false;
    }

    void discard() {
        close();
        router.go(Route.TEMPLATES);
    }

    /** The view is gone: answers still on their way must neither draw nor navigate. */
    void close() {
        closed = true;
    }

    private void loaded(Template template) {
        if (!closed) {
            form = TemplateForm.of(template, unit);
            status = Status.EDITING;
            onChange.run();
        }
    }

    private void loadFailed(FieldError error) {
        if (!closed) {
            status = Status.LOAD_FAILED;
            problem = error.message();
            onChange.run();
        }
    }

    private void saved() {
        if (!closed) {
            close();
            router.go(Route.TEMPLATES);
        }
    }

    private void saveFailed(FieldError error) {
        if (!closed) {
            status = Status.EDITING;
            FieldError shown = UnitMessages.inUnit(error, unit);
            if (!form.place(shown)) {
                problem = shown.message();
            }
            onChange.run();
        }
    }
}
