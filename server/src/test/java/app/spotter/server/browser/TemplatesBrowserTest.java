package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.workout.TemplateCodecV2;
import app.spotter.server.support.Browser;
import app.spotter.server.support.RunningServer;
import app.spotter.templates.ExercisePlan;
import app.spotter.templates.SetTarget;
import app.spotter.workout.Template;
import java.nio.file.Path;
import java.util.List;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled client in HtmlUnit against the real server: templates made, changed, ordered and deleted by hand. */
class TemplatesBrowserTest {
    private static final List<String> STARTERS = List.of("Full body A", "Push day");

    @TempDir
    Path dir;
    private RunningServer server;
    private Browser browser;

    @BeforeEach
    void start() {
        server = RunningServer.start(dir);
        browser = new Browser().signedInAs(server.owner());
    }

    @AfterEach
    void stop() {
        browser.close();
        server.close();
    }

    @Test
    void aTemplateIsCreatedListedAfterAReloadEditedReorderedAndDeleted() {
        List<String> withLegDay = List.of("Full body A", "Push day", "Leg day");
        TemplateScreens created = open("/workouts");
        created.waitForNames(STARTERS);
        created.click("new-template");
        created.type("name", "Leg day");
        created.type("exercises[0].name", "Squat");
        created.type("exercises[0].restSeconds", "180");
        created.type("exercises[0].sets[0].reps", "5");
        created.type("exercises[0].sets[0].weight", "100");
        created.click("save");
        created.waitForNames(withLegDay);
        assertEquals("/workouts", created.path());

        TemplateScreens edited = open("/workouts");
        edited.waitForNames(withLegDay);
        assertEquals("1 exercise \u00b7 1 set", edited.card("Leg day").querySelector(".template-meta").getTextContent());
        edited.clickOnCard("Leg day", "edit");
        Browser.waitUntil("the stored weight in the editor",
                () -> edited.input("exercises[0].sets[0].weight").getValue().equals("100"));
        edited.type("exercises[0].sets[0].weight", "102,5");
        edited.click("add-set");
        edited.click("save");
        edited.waitForNames(withLegDay);
        assertEquals(new ExercisePlan("Squat", 180, List.of(new SetTarget(5, 102.5), new SetTarget(5, 102.5))),
                stored("Leg day").exercises().get(0));

        edited.clickOnCard("Leg day", "move-up");
        edited.waitForNames(List.of("Full body A", "Leg day", "Push day"));
        edited.clickOnCard("Leg day", "move-up");
        List<String> legDayFirst = List.of("Leg day", "Full body A", "Push day");
        edited.waitForNames(legDayFirst);
        Browser.waitUntil("the new order stored", () -> storedNames().equals(legDayFirst));

        TemplateScreens deleted = open("/workouts");
        deleted.waitForNames(legDayFirst);
        deleted.clickOnCard("Leg day", "delete");
        assertEquals("cancel-delete", deleted.focusedAction(), "Enter on the question keeps the template");
        deleted.click("cancel-delete");
        assertEquals(legDayFirst, deleted.names(), "keeping it deletes nothing");
        deleted.clickOnCard("Leg day", "delete");
        deleted.click("confirm-delete");
        deleted.waitForNames(STARTERS);
        assertEquals(STARTERS, storedNames());
        open("/workouts").waitForNames(STARTERS);
    }

    @Test
    void aBadValueIsExplainedNextToItsBoxAndNothingIsSavedUntilItIsFixed() {
        TemplateScreens screen = open("/workouts/new");
        screen.type("name", "Arms");
        screen.type("exercises[0].name", "Curl");
        screen.type("exercises[0].sets[0].weight", "heavy");
        screen.type("exercises[0].sets[0].reps", "5000");

        screen.click("save");

        String weight = "exercises[0].sets[0].weight";
        Browser.waitUntil("the weight's message", () -> !screen.errorFor(weight).isEmpty());
        assertEquals("Enter the weight in kg, like 62.5", screen.errorFor(weight));
        assertEquals("Reps must be between 0 and 1000", screen.errorFor("exercises[0].sets[0].reps"));
        assertEquals("true", screen.input(weight).getAttribute("aria-invalid"));
        assertEquals("", screen.errorFor("name"));
        assertEquals(STARTERS, storedNames());

        screen.type(weight, "12.5");
        assertEquals("", screen.errorFor(weight), "the message goes as the box is fixed");
        screen.type("exercises[0].sets[0].reps", "12");
        screen.click("save");
        screen.waitForNames(List.of("Full body A", "Push day", "Arms"));
    }

    @Test
    void cancellingChangesAsksFirstAndThenLeavesThemUnsaved() {
        TemplateScreens screen = open("/workouts/new");
        screen.type("name", "Half done");

        screen.click("cancel");
        screen.click("keep-editing");
        assertEquals("Half done", screen.input("name").getValue());
        screen.click("cancel");
        screen.click("discard");

        screen.waitForNames(STARTERS);
        assertEquals(STARTERS, storedNames());
    }

    @Test
    void theHeaderLinksMoveWithinTheAppWithoutReloadingIt() {
        TemplateScreens screen = open("/workouts/new");
        screen.input("name");
        assertEquals("Workouts", screen.currentSection());
        screen.mark();

        screen.clickHeaderLink("Workouts");

        screen.waitForNames(STARTERS);
        assertEquals("/workouts", screen.path());
        assertTrue(screen.marked(), "the page was not reloaded");
        screen.clickHeaderLink("History");
        Browser.waitUntil("History marked current", () -> screen.currentSection().equals("History"));
        assertEquals("/history", screen.path());
        assertTrue(screen.marked());
    }

    @Test
    void aListThatCannotBeLoadedSaysTheServerCannotBeReached() {
        TemplateScreens screen = open("/workouts/new");
        screen.input("name");
        server.close();

        screen.click("cancel");
        assertFalse(screen.shows("[data-field]"), "the editor is gone at once, not drawn over the list");

        Browser.waitUntil("the error message", () -> screen.errorBanner().contains("cannot be reached"));
        assertTrue(screen.names().isEmpty());
    }

    private TemplateScreens open(String path) {
        HtmlPage page = browser.open(server.url(path));
        return new TemplateScreens(page);
    }

    private Template stored(String name) {
        return storedTemplates().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> storedNames() {
        return storedTemplates().stream().map(Template::name).toList();
    }

    private List<Template> storedTemplates() {
        return TemplateCodecV2.readList(server.get("/api/templates").body());
    }
}
