package app.spotter.client.templates;

import app.spotter.client.Route;
import app.spotter.client.active.ActiveWorkoutBanner;
import app.spotter.client.active.ActiveWorkoutReader;
import app.spotter.client.View;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.Platform;
import app.spotter.client.player.StorageKeys;
import app.spotter.client.player.WorkoutStarter;
import app.spotter.client.ui.Buttons;
import app.spotter.client.ui.Focus;
import app.spotter.client.ui.FocusReturn;
import app.spotter.client.ui.Modal;
import app.spotter.client.ui.Plural;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateExercise;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The Workouts screen ({@code /workouts}): the user's templates (v2), each with Start, Edit, Delete and
 * reordering, and "Start empty workout" for a session built as the lifter goes.
 */
public final class TemplateListView implements View {
    private final Platform platform;
    private final StorageKeys keys;
    private final TemplateList list;
    private final FocusReturn opener = new FocusReturn();
    private final ActiveWorkoutBanner activeBanner;
    private HTMLElement root;
    // Where the keyboard goes after the next draw (a moved card's button, the card after a deleted one).
    private String[] focusNext;
    private String[] afterDelete;

    public TemplateListView(Platform platform, StorageKeys keys) {
        this.platform = platform;
        this.keys = keys;
        this.list = new TemplateList(new TemplateApi(platform.http()), new TemplateCache(platform.storage(), keys));
        this.activeBanner = new ActiveWorkoutBanner(new ActiveWorkoutReader(platform.storage(), keys), platform.clock(), platform.router(), platform.scheduler());
    }

    @Override
    public void show(HTMLElement viewRoot) {
        root = viewRoot;
        Dom.scrollToTop();
        list.onChange(this::draw);
        list.load();
        draw();
    }

    @Override
    public void leave() {
        list.close();
        activeBanner.stop();
    }

    private void draw() {
        String had = Focus.currentKey();
        Dom.clear(root);
        HTMLElement page = Dom.el("section", "page");
        HTMLElement header = Dom.append(Dom.el("div", "page-header"), Focus.title("Workouts"),
                Dom.append(Dom.el("div", "page-header-actions"),
                        Focus.tag(Buttons.styled("btn-quiet", "Start empty workout", "start-empty",
                                () -> new WorkoutStarter(platform, keys).startEmpty()), "start-empty"),
                        Buttons.styled("btn-primary", "New template", "new-template",
                                () -> platform.router().go(Route.NEW_TEMPLATE))));
        Dom.append(page, header);
        HTMLElement active = activeBanner.render();
        if (active != null) {
            Dom.append(page, active);
        }
        if (!list.problem().isEmpty()) {
            HTMLElement banner = Dom.text("p", "banner banner-error", list.problem());
            banner.setAttribute("role", "alert");
            Dom.append(page, banner);
        }
        switch (list.status()) {
            case LOADING:
                Dom.append(page, Dom.text("p", "muted", "Loading your templates\u2026"));
                break;
            case FAILED:
                Dom.append(page, Buttons.styled("btn-quiet", "Try again", "retry", this::retry));
                break;
            default:
                Dom.append(page, list.templates().isEmpty() ? emptyState() : cards());
        }
        Dom.append(root, page);
        if (list.deleteAsked() != null) {
            Modal.show(root, deleteDialog(list.deleteAsked()));
        } else if (afterDelete != null) {
            String[] fallbacks = afterDelete;
            afterDelete = null;
            opener.giveBack(fallbacks);
        } else if (focusNext != null) {
            String[] keys = focusNext;
            focusNext = null;
            Focus.restore(keys);
        } else if (Focus.lost()) {
            Focus.restore(had);
        }
    }

    private HTMLElement emptyState() {
        return Dom.append(Dom.el("div", "empty-state"), Dom.text("p", "empty-title", "No templates yet"),
                Dom.text("p", "muted", "A template is a workout you do again and again: its exercises, sets, "
                        + "reps and weights. Make one, then start it with one tap."));
    }

    private HTMLElement cards() {
        HTMLElement ul = Dom.el("ul", "template-list");
        List<Template> templates = list.templates();
        for (int i = 0; i < templates.size(); i++) {
            Dom.append(ul, card(templates.get(i), i, templates.size()));
        }
        return ul;
    }

    private HTMLElement card(Template template, int index, int count) {
        HTMLElement li = Dom.el("li", "template-card");
        li.setAttribute("data-template-id", template.id());
        HTMLElement about = Dom.append(Dom.el("div", "template-about"),
                Dom.text("h2", "template-name", template.name()),
                Dom.text("p", "template-meta", summary(template)),
                Dom.text("p", "template-exercises", exerciseNames(template)));
        String id = template.id();
        String name = template.name();
        HTMLElement start = Focus.tag(Buttons.named("btn-start", "Start", "Start " + name, "start",
                () -> new WorkoutStarter(platform, keys).start(template)), "start:" + id);
        HTMLElement tools = Dom.append(Dom.el("div", "template-tools"),
                Focus.tag(Buttons.disabledIf(index == 0, Buttons.icon("\u2191", "Move " + name + " up", "move-up",
                        () -> move(template, index, -1))), "move-up:" + id),
                Focus.tag(Buttons.disabledIf(index == count - 1, Buttons.icon("\u2193", "Move " + name + " down",
                        "move-down", () -> move(template, index, 1))), "move-down:" + id),
                Focus.tag(Buttons.named("btn-quiet", "Edit", "Edit " + name, "edit",
                        () -> platform.router().go(Route.editTemplate(id))), "edit:" + id),
                Focus.tag(Buttons.named("btn-quiet", "Delete", "Delete " + name, "delete",
                        () -> askDelete(template)), "delete:" + id));
        return Dom.append(li, about, start, tools);
    }

    private HTMLElement deleteDialog(Template template) {
        boolean deleting = list.deleting();
        return Modal.of("Delete template?", "\u201c" + template.name() + "\u201d will be gone from your list. "
                        + "Workouts you have already logged with it are kept.", this::cancelDelete,
                Buttons.disabledIf(deleting, Buttons.styled("btn-quiet", "Keep it", "cancel-delete",
                        this::cancelDelete)),
                Buttons.disabledIf(deleting, Buttons.styled("btn-danger", deleting ? "Deleting\u2026" : "Delete",
                        "confirm-delete", this::confirmDelete)));
    }

    static String summary(Template template) {
        int exercises = template.exercises().size();
        int sets = 0;
        for (TemplateExercise exercise : template.exercises()) {
            sets += exercise.sets().size();
        }
        return Plural.of(exercises, "exercise") + " \u00b7 " + Plural.of(sets, "set");
    }

    private static String exerciseNames(Template template) {
        StringBuilder names = new StringBuilder();
        for (TemplateExercise exercise : template.exercises()) {
            names.append(names.length() == 0 ? "" : ", ").append(exercise.name());
        }
        return names.toString();
    }

    private void retry() {
        list.load();
        draw();
    }

    /** Moves a card; the keyboard stays on the same arrow of the moved card (the other one at the list's end). */
    private void move(Template template, int index, int step) {
        String same = (step < 0 ? "move-up:" : "move-down:") + template.id();
        String other = (step < 0 ? "move-down:" : "move-up:") + template.id();
        focusNext = new String[] {same, other};
        list.move(index, step);
        draw();
    }

    private void askDelete(Template template) {
        opener.remember();
        list.askDelete(template);
        draw();
    }

    private void cancelDelete() {
        list.cancelDelete();
        afterDelete = new String[0];
        draw();
    }

    /** After the delete the keyboard goes to the next card's Start (the one before at the end, else the title). */
    private void confirmDelete() {
        List<Template> templates = list.templates();
        String next = "";
        String before = "";
        for (int i = 0; i < templates.size(); i++) {
            if (templates.get(i).id().equals(list.deleteAsked().id())) {
                next = i + 1 < templates.size() ? "start:" + templates.get(i + 1).id() : "";
                before = i > 0 ? "start:" + templates.get(i - 1).id() : "";
            }
        }
        afterDelete = new String[] {next, before};
        list.confirmDelete();
        draw();
    }
}
