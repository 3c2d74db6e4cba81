package app.spotter.client.templates;

import app.spotter.client.api.ApiCall.Callback;
import app.spotter.validation.FieldError;
import app.spotter.workout.Template;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The list of templates on the Workouts screen: loading it, reordering it and deleting from it. Plain Java, so
 * JVM tests drive it with a fake server. The view calls an action and then draws; answers from the server change
 * the state later and call the {@link #onChange} listener.
 */
final class TemplateList {
    /** Whether the list is there to show. */
    enum Status { LOADING, FAILED, READY }

    static final String LIST_CHANGED_ELSEWHERE = "Your templates were changed on another device; this is how they "
            + "are stored now.";

    static final String SHOWING_SAVED_COPY = " Showing the templates saved on this device.";

    private final TemplateApi api;
    private final TemplateCache cache;
    private Runnable onChange = () -> { };
    private Status status = Status.LOADING;
    private List<Template> templates = new ArrayList<>();
    private List<String> storedOrder = new ArrayList<>();
    private boolean orderBeingStored;
    private Template deleteAsked;
    private boolean deleting;
    private String problem = "";
    private boolean closed;

    TemplateList(TemplateApi api, TemplateCache cache) {
        this.api = api;
        this.cache = cache;
    }

    /** Called after an answer from the server changed the state. */
    void onChange(Runnable listener) {
        onChange = listener;
    }

    void load() {
        status = Status.LOADING;
        refresh("");
    }

    Status status() {
        return status;
    }

    List<Template> templates() {
        return Collections.unmodifiableList(templates);
    }

    /** The last thing that went wrong, for the user to read; "" when all is well. */
    String problem() {
        return problem;
    }

    /** The template the user asked to delete and has not yet confirmed, or null. */
    Template deleteAsked() {
        return deleteAsked;
    }

    boolean deleting() {
        return deleting;
    }

    /**
     * Moves a template one place up ({@code -1}) or down ({@code +1}) at once, and stores the new order. Only one
     * order is on its way to the server at a time, so quick taps cannot arrive out of turn; if storing fails, the
     * list goes back to the order last stored.
     */
    void move(int index, int step) {
        int target = index + step;
        if (target < 0 || target >= templates.size()) {
            return;
        }
        Collections.swap(templates, index, target);
        problem = "";
        if (!orderBeingStored) {
            storeOrder();
        }
    }

    void askDelete(Template template) {
        deleteAsked = template;
    }

    void cancelDelete() {
        if (!deleting) {
            deleteAsked = null;
        }
    }

    /** Deletes the template asked about; it leaves the list only once the server has deleted it. */
    void confirmDelete() {
        if (deleteAsked == null || deleting) {
            return;
        }
        String id = deleteAsked.id();
        deleting = true;
        problem = "";
        api.delete(id, Callback.of(done -> {
            templates.removeIf(template -> template.id().equals(id));
            storedOrder.remove(id);
            cache.save(templates);
            deleteFinished();
        }, error -> {
            deleteFinished();
            failed(error);
        }));
    }

    /** The view is gone: answers still on their way must not draw. */
    void close() {
        closed = true;
    }

    private void refresh(String message) {
        problem = message;
        api.list(Callback.of(this::loaded, error -> {
            List<Template> saved = cache.load();
            if (saved == null) {
                status = Status.FAILED;
                failed(error);
            } else {
                // Offline (or the server in trouble): the last list seen lets the user start a workout anyway.
                templates = new ArrayList<>(saved);
                storedOrder = ids();
                status = Status.READY;
                failed(FieldError.whole(error.message() + SHOWING_SAVED_COPY));
            }
        }));
    }

    private void loaded(TemplateApi.Listing listing) {
        templates = new ArrayList<>(listing.templates());
        storedOrder = ids();
        status = Status.READY;
        cache.saveText(listing.text());
        changed();
    }

    private void storeOrder() {
        List<String> sent = ids();
        orderBeingStored = true;
        api.reorder(sent, Callback.of(done -> {
            orderBeingStored = false;
            storedOrder = sent;
            cache.save(templates);
            if (!ids().equals(sent)) {
                storeOrder();
            }
        }, error -> {
            orderBeingStored = false;
            if (error.field().equals("ids")) {
                // The server holds other templates than this list shows: they changed on another device.
                refresh(LIST_CHANGED_ELSEWHERE);
            } else {
                restoreStoredOrder();
                failed(error);
            }
        }));
    }

    private void restoreStoredOrder() {
        List<Template> restored = new ArrayList<>();
        for (String id : storedOrder) {
            for (Template template : templates) {
                if (template.id().equals(id)) {
                    restored.add(template);
                }
            }
        }
        templates = restored;
    }

    private void deleteFinished() {
        deleting = false;
        deleteAsked = null;
        changed();
    }

    private void failed(FieldError error) {
        problem = error.message();
        changed();
    }

    private List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (Template template : templates) {
            ids.add(template.id());
        }
        return ids;
    }

    private void changed() {
        if (!closed) {
            onChange.run();
        }
    }
}
