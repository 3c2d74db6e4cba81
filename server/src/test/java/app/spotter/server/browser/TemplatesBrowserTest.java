package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.workout.TemplateCodecV2;
import app.spotter.server.support.Browser;
import app.spotter.server.support.RunningServer;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetType;
import app.spotter.workout.Targets;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateExercise;
import app.spotter.workout.TemplateSet;
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
        created.type("exercises[0].sets[0].targets.reps", "5");
        created.type("exercises[0].sets[0].targets.weight", "100");
        created.click("save");
        created.waitForNames(withLegDay);
        assertEquals("/workouts", created.path());

        TemplateScreens edited = open("/workouts");
        edited.waitForNames(withLegDay);
        assertEquals("1 exercise \u00b7 1 set", edited.card("Leg day").querySelector(".template-meta").getTextContent());
        edited.clickOnCard("Leg day", "edit");
        Browser.waitUntil("the stored weight in the editor",
                () -> edited.input("exercises[0].sets[0].targets.weight").getValue().equals("100"));
        edited.type("exercises[0].sets[0].targets.weight", "102,5");
        edited.click("add-set");
        edited.click("save");
        edited.waitForNames(withLegDay);
        assertEquals(new TemplateExercise("Squat", ExerciseKind.WEIGHT_REPS, 180, "", "", List.of(
                new TemplateSet(SetType.NORMAL, new Targets(5, 102.5, 0, 0)),
                new TemplateSet(SetType.NORMAL, new Targets(5, 102.5, 0, 0)))), stored("Leg day").exercises().get(0));

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
    void aPlankHeldThreeTimesAndARunInASupersetAreMadeThenEditedInTheEditor() {
        TemplateScreens screen = open("/workouts/new");
        screen.type("name", "Core and cardio");
        screen.typeNote("note", "Keep moving");
        Browser.waitFor(screen.page(), "datalist#template-exercise-names option[value='Plank']");
        screen.type("exercises[0].name", "Plank");
        screen.leave("exercises[0].name");
        String seconds = "exercises[0].sets[0].targets.durationSeconds";
        Browser.eventually("the catalog makes a plank a hold: seconds, no reps or weight", () -> {
            assertEquals("duration", screen.chosen("exercises[0].kind"));
            assertEquals("60", screen.input(seconds).getValue());
            assertFalse(screen.hasBox("exercises[0].sets[0].targets.reps"));
            assertFalse(screen.hasBox("exercises[0].sets[0].targets.weight"));
        });
        screen.choose("exercises[0].sets[0].type", "warmup");
        screen.click("add-set");
        screen.click("add-set");
        screen.click("add-exercise");
        screen.type("exercises[1].name", "Hill run");
        screen.choose("exercises[1].kind", "distance_duration");
        Browser.eventually("cardio takes metres and seconds", () -> {
            assertTrue(screen.hasBox("exercises[1].sets[0].targets.distanceMeters"));
            assertFalse(screen.hasBox("exercises[1].sets[0].targets.reps"));
        });
        screen.type("exercises[1].sets[0].targets.distanceMeters", "2000");
        screen.type("exercises[1].sets[0].targets.durationSeconds", "600");
        screen.typeNote("exercises[1].note", "Uphill");
        screen.tick("exercises[1].supersetGroup");
        screen.click("save");
        screen.waitForNames(List.of("Full body A", "Push day", "Core and cardio"));

        TemplateSet hold = new TemplateSet(SetType.NORMAL, new Targets(0, 0, 60, 0));
        Template made = new Template(stored("Core and cardio").id(), "Core and cardio", "Keep moving", List.of(
                new TemplateExercise("Plank", ExerciseKind.DURATION, 90, "", "ss1", List.of(
                        new TemplateSet(SetType.WARMUP, new Targets(0, 0, 60, 0)),
                        new TemplateSet(SetType.WARMUP, new Targets(0, 0, 60, 0)),
                        new TemplateSet(SetType.WARMUP, new Targets(0, 0, 60, 0)))),
                new TemplateExercise("Hill run", ExerciseKind.DISTANCE_DURATION, 90, "Uphill", "ss1", List.of(
                        new TemplateSet(SetType.NORMAL, new Targets(0, 0, 600, 2000))))));
        assertEquals(made, stored("Core and cardio"));
        assertEquals("2 exercises \u00b7 4 sets",
                screen.card("Core and cardio").querySelector(".template-meta").getTextContent());

        screen.clickOnCard("Core and cardio", "edit");
        String third = "exercises[0].sets[2].targets.durationSeconds";
        Browser.eventually("the stored holds in the editor", () -> {
            assertEquals("60", screen.input(third).getValue());
            assertEquals("warmup", screen.chosen("exercises[0].sets[2].type"));
        });
        screen.type(third, "90");
        screen.choose("exercises[0].sets[2].type", "normal");
        screen.click("save");
        Browser.eventually("the edited hold stored", () -> assertEquals(new TemplateSet(SetType.NORMAL,
                new Targets(0, 0, 90, 0)), stored("Core and cardio").exercises().get(0).sets().get(2)));
        assertEquals(made.exercises().get(1), stored("Core and cardio").exercises().get(1), "the run untouched");
        assertEquals(hold.targets(), stored("Core and cardio").exercises().get(0).sets().get(0).targets());
    }

    @Test
    void inPoundsTheEditorShowsAndTakesPoundsAndAnUntouchedWeightStaysExact() {
        TemplateScreens list = open("/workouts");
        list.waitForNames(STARTERS);
        list.page().executeJavaScript("localStorage.setItem('spotter.v1.units', 'lb')");
        Template before = stored("Push day");
        TemplateScreens screen = open("/workouts/" + before.id() + "/edit");
        Browser.eventually("50 kg shown as 110.2 lb", () -> {
            assertEquals("110.2", screen.input("exercises[0].sets[0].targets.weight").getValue());
            assertTrue(screen.page().asNormalizedText().contains("lb"), "the unit beside the weights");
        });
        screen.type("exercises[0].sets[1].targets.weight", "115");
        screen.click("save");
        Browser.eventually("only the retyped set changed", () -> {
            List<TemplateSet> bench = stored("Push day").exercises().get(0).sets();
            assertEquals(50.0, bench.get(0).targets().weight(), "untouched: exactly the stored kilograms");
            assertEquals(52.163, bench.get(1).targets().weight(), 1e-9);
        });
        assertEquals(before.exercises().subList(1, 4), stored("Push day").exercises().subList(1, 4));
    }

    @Test
    void inPoundsTheEditorAsksForPoundsAndAnOutOfRangeWeightIsExplainedInPounds() {
        TemplateScreens list = open("/workouts");
        list.waitForNames(STARTERS);
        list.page().executeJavaScript("localStorage.setItem('spotter.v1.units', 'lb')");
        TemplateScreens screen = open("/workouts/new");
        String weight = "exercises[0].sets[0].targets.weight";
        Browser.eventually("the weight column in lb", () -> assertTrue(
                screen.page().asNormalizedText().contains("lb"), screen.page().asNormalizedText()));
        assertFalse(screen.page().asNormalizedText().contains("kg"), "no kilograms asked for");
        screen.type("name", "Heavy day");
        screen.type("exercises[0].name", "Deadlift");
        screen.type("exercises[0].sets[0].targets.reps", "1");
        screen.type(weight, "5000");
        screen.click("save");

        Browser.waitUntil("the weight's message", () -> !screen.errorFor(weight).isEmpty());
        assertEquals("Weight must be between 0 and 4409 lb", screen.errorFor(weight));
        assertEquals(STARTERS, storedNames());
        screen.type(weight, "405");
        screen.click("save");
        screen.waitForNames(List.of("Full body A", "Push day", "Heavy day"));
        assertEquals(183.705, stored("Heavy day").exercises().get(0).sets().get(0).targets().weight(), 1e-9,
                "stored in kilograms");
    }

    @Test
    void aRestWindowIsTypedAsTwoTimesAndShownBackTheSameWay() {
        TemplateScreens screen = open("/workouts/new");
        screen.type("name", "Squats");
        screen.type("exercises[0].name", "Squat");
        screen.type("exercises[0].sets[0].targets.reps", "5");
        screen.type("exercises[0].sets[0].targets.weight", "100");
        screen.type("exercises[0].restSeconds", "2:00");
        screen.type("exercises[0].restMaxSeconds", "1:00");
        screen.click("save");
        Browser.waitUntil("the window's message", () -> !screen.errorFor("exercises[0].restMaxSeconds").isEmpty());
        assertEquals("Longest rest must not be shorter than the rest (02:00)",
                screen.errorFor("exercises[0].restMaxSeconds"));
        screen.type("exercises[0].restMaxSeconds", "3:00");
        screen.click("save");
        screen.waitForNames(List.of("Full body A", "Push day", "Squats"));
        TemplateExercise squat = stored("Squats").exercises().get(0);
        assertEquals(120, squat.restSeconds());
        assertEquals(180, squat.restMaxSeconds());

        TemplateScreens again = open("/workouts/" + stored("Squats").id() + "/edit");
        Browser.eventually("the window shown back", () -> {
            assertEquals("02:00", again.input("exercises[0].restSeconds").getValue());
            assertEquals("03:00", again.input("exercises[0].restMaxSeconds").getValue());
        });
    }

    @Test
    void aBadValueIsExplainedNextToItsBoxAndNothingIsSavedUntilItIsFixed() {
        TemplateScreens screen = open("/workouts/new");
        screen.type("name", "Arms");
        screen.type("exercises[0].name", "Curl");
        screen.type("exercises[0].sets[0].targets.weight", "heavy");
        screen.type("exercises[0].sets[0].targets.reps", "5000");

        screen.click("save");

        String weight = "exercises[0].sets[0].targets.weight";
        Browser.waitUntil("the weight's message", () -> !screen.errorFor(weight).isEmpty());
        assertEquals("Enter the weight in kg, like 62.5", screen.errorFor(weight));
        assertEquals("Reps must be between 0 and 1000", screen.errorFor("exercises[0].sets[0].targets.reps"));
        assertEquals("true", screen.input(weight).getAttribute("aria-invalid"));
        assertEquals("", screen.errorFor("name"));
        assertEquals(STARTERS, storedNames());

        screen.type(weight, "12.5");
        assertEquals("", screen.errorFor(weight), "the message goes as the box is fixed");
        screen.type("exercises[0].sets[0].targets.reps", "12");
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
    void thePlayersPageLoadsThePlayerAloneAndItsHeaderLinksLoadTheWholeApp() {
        TemplateScreens player = open("/workouts/active");
        Browser.waitFor(player.page(), "#app h1, #app .player-header");
        assertTrue(player.shows("script[src='/js/player.js']"), "the player's bundle, a third smaller");
        assertFalse(player.shows("script[src='/js/spotter.js']"), "and not the whole app's");
        player.mark();

        player.clickHeaderLink("History");

        Browser.waitUntil("the whole app loaded for /history", () -> new TemplateScreens(current())
                .shows("script[src='/js/spotter.js']"));
        TemplateScreens history = new TemplateScreens(current());
        Browser.waitUntil("History marked current", () -> history.currentSection().equals("History"));
        assertEquals("/history", history.path());
        assertFalse(history.marked(), "a new page, with the other bundle");
        assertFalse(history.shows("script[src='/js/player.js']"));
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

    private HtmlPage current() {
        return (HtmlPage) browser.client().getCurrentWindow().getEnclosedPage();
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
