package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spotter.catalog.CustomExercise;
import app.spotter.catalog.CustomExerciseCodec;
import app.spotter.server.support.Browser;
import app.spotter.server.support.RunningServer;
import java.nio.file.Path;
import java.util.List;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled client in HtmlUnit: a custom exercise added on the Exercises screen, then offered by the editor. */
class CustomExercisesBrowserTest {
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

    private List<String> stored() {
        return CustomExerciseCodec.readList(server.get("/api/custom-exercises").body()).stream()
                .map(CustomExercise::name).toList();
    }

    @Test
    void anExerciseAddedInSettingsIsOfferedByTheTemplateEditorRenamedAndMergedIntoACatalogOne() throws Exception {
        HtmlPage settings = browser.open(server.url("/settings"));
        ((HtmlElement) Browser.waitFor(settings, "a.settings-link")).click();
        TemplateScreens screen = new TemplateScreens(settings);
        Browser.waitUntil("the Exercises screen", () -> screen.path().equals("/settings/exercises"));
        screen.type("custom.name", "Anderson Squat");
        screen.choose("custom.kind", "weight_reps");
        screen.type("custom.muscle", "quads");
        screen.click("add-custom-exercise");
        Browser.waitFor(settings, "li.custom-exercise[data-exercise='Anderson Squat']");
        assertEquals(List.of("Anderson Squat"), stored());

        screen.type("custom.name", "back squat");
        screen.click("add-custom-exercise");
        Browser.waitUntil("the catalog's name refused", () -> settings.querySelector(".form-error")
                .getTextContent().contains("catalog"));

        HtmlPage editor = browser.open(server.url("/workouts/new"));
        Browser.waitFor(editor, "datalist#template-exercise-names option[value='Anderson Squat']");
        Browser.waitFor(editor, "datalist#template-exercise-names option[value='Back Squat']");
        TemplateScreens editing = new TemplateScreens(editor);
        editing.type("exercises[0].name", "ande");
        DomElement match = Browser.waitFor(editor, ".exercise-matches [data-action=pick-exercise]");
        assertEquals("Anderson Squat, quads", match.getTextContent(), "the user's own, with its muscle group");
        ((HtmlElement) match).click();
        Browser.eventually("picked into the card", () -> assertEquals("Anderson Squat",
                editing.input("exercises[0].name").getValue()));
        assertEquals("weight_reps", editing.chosen("exercises[0].kind"));

        HtmlPage again = browser.open(server.url("/settings/exercises"));
        TemplateScreens exercises = new TemplateScreens(again);
        Browser.waitFor(again, "li.custom-exercise[data-exercise='Anderson Squat'] select");
        exercises.type("custom[0].name", "Anderson Box Squat");
        exercises.click("rename-custom");
        Browser.waitFor(again, "li.custom-exercise[data-exercise='Anderson Box Squat']");
        assertEquals(List.of("Anderson Box Squat"), stored());

        Browser.waitFor(again, "li.custom-exercise[data-exercise='Anderson Box Squat'] select");
        exercises.choose("custom[0].into", "back-squat");
        exercises.click("merge-custom");
        Browser.waitUntil("merged away", () -> again.querySelector("[role=status]").getTextContent()
                .equals("Merged Anderson Box Squat into Back Squat."));
        assertEquals(List.of(), stored());
    }
}
