package app.spotter.client.history;

import app.spotter.client.api.ApiCall.Callback;
import app.spotter.client.Route;
import app.spotter.client.View;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.LocalZone;
import app.spotter.client.platform.Platform;
import app.spotter.client.player.LoggedWorkoutSaver;
import app.spotter.client.player.OutboxRetry;
import app.spotter.client.player.StampSource;
import app.spotter.client.player.StorageKeys;
import app.spotter.client.settings.UnitSetting;
import app.spotter.client.ui.Buttons;
import app.spotter.client.ui.Focus;
import app.spotter.client.ui.FocusReturn;
import app.spotter.client.ui.Modal;
import app.spotter.history.WeightUnit;
import app.spotter.history.WorkoutSummary;
import app.spotter.workout.Workout;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * One logged workout ({@code /history/{id}}, a schema-2 document): its note, its exercises in order with their
 * notes and each set by its kind (type and RPE too), best sets and records, Edit ({@link WorkoutEditor}) and
 * Delete. An edit still waiting in this device's outbox is shown merged into the server's copy, and the page says so
 * when it has been uploaded.
 */
public final class WorkoutView implements View {
    private final Platform platform;
    private final String id;
    private final HistoryApi api;
    private final WeightUnit unit;
    private final LoggedWorkoutSaver saver;
    private final OutboxRetry outboxRetry;
    private Runnable stopListening = () -> { };
    private final StartTime zone = new StartTime(LocalZone::utcOffsetMinutes);
    private WorkoutEditor editor;
    private String notice = "";
    private HTMLElement root;
    private Workout workout;
    private WorkoutSummary summary;
    private String problem = "";
    private boolean editWaiting;
    private boolean confirmingDelete;
    private boolean deleting;
    private boolean left;
    private final FocusReturn opener = new FocusReturn();

    public WorkoutView(Platform platform, StorageKeys keys, String id, OutboxRetry outboxRetry) {
        this.platform = platform;
        this.id = id;
        this.api = new HistoryApi(platform.http());
        this.unit = new UnitSetting(platform.storage()).unit();
        this.saver = LoggedWorkoutSaver.of(platform, keys, outboxRetry);
        this.outboxRetry = outboxRetry;
    }

    @Override
    public void show(HTMLElement viewRoot) {
        root = viewRoot;
        Dom.scrollToTop();
        stopListening = outboxRetry.onUploaded(this::uploaded);
        api.workout(id, Callback.of(w -> changed(() -> {
            workout = saver.withPending(w);
            editWaiting = saver.isPending(id);
            if (editWaiting) {
                notice = "Your edit is saved on this device and is sent to the server when the connection is back.";
            }
        }), e -> changed(() -> problem = e.message())));
        loadSummary();
        draw();
    }

    private void loadSummary() {
        api.summary(id, Callback.of(s -> changed(() -> summary = s), e -> { }));
    }

    // The edit shown as waiting went up by itself (a retry, or the connection came back).
    private void uploaded() {
        if (editWaiting && !saver.isPending(id)) {
            changed(() -> {
                editWaiting = false;
                notice = "Your edit is on the server now.";
                loadSummary();
            });
        }
    }

    @Override
    public void leave() {
        left = true;
        stopListening.run();
    }

    private void changed(Runnable change) {
        change.run();
        if (!left) {
            draw();
        }
    }

    // The page is built aside and put in the place of the old one in one step: nothing reading it sees it empty.
    private void draw() {
        String had = Focus.currentKey();
        HTMLElement page = Dom.append(Dom.el("section", "page workout-detail"),
                Buttons.styled("btn-quiet", "\u2190 History", "back", () -> platform.router().go(Route.HISTORY)));
        if (!problem.isEmpty()) {
            HTMLElement banner = Dom.text("p", "banner banner-error", problem);
            banner.setAttribute("role", "alert");
            Dom.replaceContent(root, Dom.append(page, banner));
            return;
        }
        if (workout == null) {
            Dom.replaceContent(root, Dom.append(page, Dom.text("p", "muted", "Loading\u2026")));
            return;
        }
        Dom.append(page, Focus.title(workout.nameValue()));
        if (editor != null) {
            Dom.append(page, EditForm.render(editor, zone, this::redrawSoon, this::save, this::cancelEdit));
            Dom.replaceContent(root, page);
            if (Focus.lost()) {
                Focus.restore(had);
            }
            return;
        }
        HTMLElement saved = Dom.text("p", "banner edit-notice", notice);
        saved.setAttribute("role", "status");
        Dom.append(page, saved);
        LoggedWorkoutDetail.render(page, workout, summary, unit, editWaiting);
        Dom.append(page, Buttons.named("btn-quiet", "Edit workout", "Edit workout " + workout.nameValue(), "edit",
                this::startEdit));
        Dom.append(page, Buttons.named("btn-danger", "Delete workout", "Delete workout " + workout.nameValue(),
                "delete", this::askDelete));
        Dom.replaceContent(root, page);
        if (confirmingDelete) {
            HTMLElement dialog = Modal.of("Delete workout?", "\u201c" + workout.nameValue() + "\u201d of "
                            + HistoryText.date(workout.startedAt()) + " will be gone from your history and progress.",
                    this::cancelDelete,
                    Buttons.disabledIf(deleting, Buttons.styled("btn-quiet", "Keep it", "cancel-delete",
                            this::cancelDelete)),
                    Buttons.disabledIf(deleting, Buttons.styled("btn-danger", deleting ? "Deleting\u2026" : "Delete",
                            "confirm-delete", this::confirmDelete)));
            Modal.show(root, dialog);
        } else if (Focus.lost()) {
            Focus.restore(had);
        }
    }

    // A value is committed on its change event, which comes before the focus moves on (Tab, a tap on the next
    // box): redrawn a moment later, the focus is found on the control the user went to, not the one left.
    private void redrawSoon() {
        platform.scheduler().after(0, () -> {
            if (!left) {
                draw();
            }
        });
    }

    private void startEdit() {
        notice = "";
        editor = new WorkoutEditor(workout, saver, StampSource.ofDevice(platform), () -> platform.ids().newId(),
                () -> platform.serverClock().now(), unit, zone);
        draw();
    }

    private void cancelEdit() {
        editor = null;
        draw();
    }

    private void save() {
        WorkoutEditor saving = editor;
        saving.save(result -> changed(() -> {
            switch (result.outcome()) {
                case SAVED:
                    workout = result.logged() != null ? result.logged() : saving.workout();
                    editor = null;
                    editWaiting = false;
                    notice = "Saved.";
                    loadSummary();
                    break;
                case KEPT:
                    workout = saving.workout();
                    editor = null;
                    editWaiting = true;
                    notice = "Saved on this device; it is sent to the server when the connection is back.";
                    break;
                case GONE:
                    editor = null;
                    problem = result.error().message();
                    break;
                default:
                    break;
            }
        }));
        draw();
    }

    private void askDelete() {
        opener.remember();
        confirmingDelete = true;
        draw();
    }

    private void cancelDelete() {
        if (!deleting) {
            confirmingDelete = false;
            draw();
            opener.giveBack();
        }
    }

    private void confirmDelete() {
        deleting = true;
        draw();
        api.delete(id, Callback.of(done -> {
            if (!left) {
                platform.router().go(Route.HISTORY);
            }
        }, error -> changed(() -> {
            deleting = false;
            confirmingDelete = false;
            problem = "Not deleted: " + error.message();
            opener.giveBack();
        })));
    }
}
