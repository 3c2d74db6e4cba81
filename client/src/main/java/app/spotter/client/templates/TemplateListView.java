package app.spotter.client.templates;

import app.spotter.client.Route;
import app.spotter.client.View;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.Platform;
import app.spotter.client.player.StorageKeys;
import app.spotter.client.player.WorkoutStarter;
import app.spotter.client.ui.Buttons;
import app.spotter.client.ui.Modal;
import app.spotter.templates.ExercisePlan;
import app.spotter.templates.WorkoutTemplate;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/** The Workouts screen ({@code /workouts}): the user's templates, each with Start, Edit, Delete and reordering. */
public final class TemplateListView implements View {
    private final Platform platform;
    private final StorageKeys keys;
    private final TemplateList list;
    private HTMLElement root;

    public TemplateListView(Platform platform, StorageKeys keys) {
        this.platform = platform;
        this.keys = keys;
        this.list = new TemplateList(new TemplateApi(platform.http()), new TemplateCache(platform.storage(), keys));
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
    }

    private void draw() {
        Dom.clear(root);
        HTMLElement page = Dom.el("section", "page");
        HTMLElement header = Dom.append(Dom.el("div", "page-header"), Dom.text("h1", "page-title", "Workouts"),
                Buttons.styled("btn-primary", "New template", "new-template",
                        () -> platform.router().go(Route.NEW_TEMPLATE)));
        Dom.append(page, header);
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
            HTMLElement dialog = deleteDialog(list.deleteAsked());
            Dom.append(root, dialog);
            Modal.focusFirstButton(dialog);
        }
    }

    private HTMLElement emptyState() {
        return Dom.append(Dom.el("div", "empty-state"), Dom.text("p", "empty-title", "No templates yet"),
                Dom.text("p", "muted", "A template is a workout you do again and again: its exercises, sets, "
                        + "reps and weights. Make one, then start it with one tap."));
    }

    private HTMLElement cards() {
        HTMLElement ul = Dom.el("ul", "template-list");
        List<WorkoutTemplate> templates = list.templates();
        for (int i = 0; i < templates.size(); i++) {
            Dom.append(ul, card(templates.get(i), i, templates.size()));
        }
        return ul;
    }

    private HTMLElement card(WorkoutTemplate template, int index, int count) {
        HTMLElement li = Dom.el("li", "template-card");
        li.setAttribute("data-template-id", template.id());
        HTMLElement about = Dom.append(Dom.el("div", "template-about"),
                Dom.text("h2", "template-name", template.name()),
                Dom.text("p", "template-meta", summary(template)),
                Dom.text("p", "template-exercises", exerciseNames(template)));
        HTMLElement start = Buttons.styled("btn-start", "Start", "start",
                () -> new WorkoutStarter(platform, keys).start(template));
        start.setAttribute("aria-label", "Start " + template.name());
        HTMLElement tools = Dom.append(Dom.el("div", "template-tools"),
                Buttons.disabledIf(index == 0, Buttons.icon("\u2191", "Move " + template.name() + " up", "move-up",
                        () -> move(index, -1))),
                Buttons.disabledIf(index == count - 1, Buttons.icon("\u2193", "Move " + template.name() + " down",
                        "move-down", () -> move(index, 1))),
                Buttons.styled("btn-quiet", "Edit", "edit",
                        () -> platform.router().go(Route.editTemplate(template.id()))),
                Buttons.styled("btn-quiet", "Delete", "delete", () -> askDelete(template)));
        return Dom.append(li, about, start, tools);
    }

    private HTMLElement deleteDialog(WorkoutTemplate template) {
        boolean deleting = list.deleting();
        return Modal.of("Delete template?", "\u201c" + template.name() + "\u201d will be gone from your list. "
                        + "Workouts you have already logged with it are kept.", this::cancelDelete,
                Buttons.disabledIf(deleting, Buttons.styled("btn-quiet", "Keep it", "cancel-delete",
                        this::cancelDelete)),
                Buttons.disabledIf(deleting, Buttons.styled("btn-danger", deleting ? "Deleting\u2026" : "Delete",
                        "confirm-delete", this::confirmDelete)));
    }

    static String summary(WorkoutTemplate template) {
        int exercises = template.exercises().size();
        int sets = 0;
        for (ExercisePlan exercise : template.exercises()) {
            sets += exercise.sets().size();
        }
        return count(exercises, "exercise") + " \u00b7 " + count(sets, "set");
    }

    private static String exerciseNames(WorkoutTemplate template) {
        StringBuilder names = new StringBuilder();
        for (ExercisePlan exercise : template.exercises()) {
            names.append(names.length() == 0 ? "" : ", ").append(exercise.name());
        }
        return names.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void retry() {
        list.load();
        draw();
    }

    private void move(int index, int step) {
        list.move(index, step);
        draw();
    }

    private void askDelete(WorkoutTemplate template) {
        list.askDelete(template);
        draw();
    }

    private void cancelDelete() {
        list.cancelDelete();
        draw();
    }

    private void confirmDelete() {
        list.confirmDelete();
        draw();
    }
}
