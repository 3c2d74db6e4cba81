package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.ExportCodec;
import app.spotter.json.Json;
import app.spotter.json.SessionCodec;
import app.spotter.server.support.Browser;
import app.spotter.server.support.RunningServer;
import app.spotter.session.WorkoutSession;
import app.spotter.templates.ExercisePlan;
import app.spotter.templates.SetTarget;
import app.spotter.templates.WorkoutTemplate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled client in HtmlUnit against the real server: history, a workout's records, delete, 2,000 workouts. */
class HistoryBrowserTest {
    /** Monday 2024-01-01 00:00 UTC. */
    static final long MONDAY = 1_704_067_200_000L;
    static final long DAY = 86_400_000L;
    static final WorkoutTemplate BENCH = new WorkoutTemplate("t", "Bench day", List.of(
            new ExercisePlan("Bench press", 120, List.of(new SetTarget(5, 100), new SetTarget(5, 100)))));

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

    static WorkoutSession workout(String id, String name, long start, double weight) {
        WorkoutTemplate template = new WorkoutTemplate("t", name, BENCH.exercises());
        return WorkoutSession.start(template, id, start).editSet(0, 0, 5, weight, start + 1)
                .completeSet(0, 0, start + 2).completeSet(0, 1, start + 3).finish(start + 1_800_000);
    }

    private void log(WorkoutSession workout) {
        assertEquals(201, server.post("/api/workouts", SessionCodec.write(workout)).status());
    }

    /** Many workouts in one import: one transaction, so 2,000 take a moment instead of 2,000 commits. */
    private void importWorkouts(int count) {
        List<WorkoutSession> workouts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            workouts.add(workout("w" + i, "Day " + i, MONDAY + i * DAY, 100));
        }
        String body = ExportCodec.write(new ExportCodec.Export(0, List.of(), workouts));
        assertEquals(count, Json.parseObject(server.post("/api/import", body).body()).getInt("workoutsAdded"));
    }

    private HistoryScreens open(String path) {
        return new HistoryScreens(browser.open(server.url(path)));
    }

    @Test
    void historyListsWorkoutsNewestFirstAndAWorkoutShowsItsRecordsAndCanBeDeleted() {
        log(workout("a", "Monday bench", MONDAY, 100));
        log(workout("b", "Wednesday bench", MONDAY + 2 * DAY, 105));

        HistoryScreens history = open("/history");
        history.waitForRows(2);
        assertEquals(List.of("Wednesday bench", "Monday bench"), history.names());
        assertTrue(history.row("Wednesday bench").getTextContent().contains("2 sets"));

        history.openWorkout("Wednesday bench");
        history.waitForText(".record", "\u2605 Bench press: heaviest weight 105 kg (was 100 kg)");
        assertEquals("/history/b", history.path());
        assertEquals(List.of("5 \u00d7 105 kg", "5 \u00d7 100 kg"), history.texts(".detail-set"));

        history.click("delete");
        history.click("confirm-delete");
        Browser.waitUntil("back on the history list", () -> history.path().equals("/history"));
        history.waitForRows(1);
        assertEquals(List.of("Monday bench"), history.names());
        assertEquals(404, server.get("/api/workouts/b").status());
    }

    @Test
    void twoThousandWorkoutsOpenAPageAtATimeAndLoadMoreFetchesTheNext() {
        importWorkouts(2_000);

        HistoryScreens history = open("/history");
        history.waitForRows(50);
        assertEquals("Day 1999", history.names().get(0));
        history.click("load-more");
        history.waitForRows(100);
        assertEquals("Day 1949", history.names().get(50));
    }

    @Test
    void poundsAreShownWhenChosenAndStoredWeightsStayKilograms() {
        log(workout("a", "Monday bench", MONDAY, 100));
        HistoryScreens history = open("/history");
        history.waitForRows(1);
        history.page().executeJavaScript("localStorage.setItem('spotter.v1.units', 'lb')");
        HistoryScreens inPounds = open("/history/a");
        inPounds.waitForText(".detail-set", "5 \u00d7 220.5 lb");
    }

    @Test
    void progressDrawsAnSvgLineWithAPointPerWorkoutAndWeeklyVolumeBars() {
        log(workout("a", "Monday bench", MONDAY, 100));
        log(workout("b", "Wednesday bench", MONDAY + 2 * DAY, 105));
        log(workout("c", "Next week", MONDAY + 7 * DAY, 110));

        HistoryScreens progress = open("/progress");
        Browser.waitUntil("three points", () -> progress.texts("svg.chart circle.point").size() == 3);
        assertTrue(((org.htmlunit.html.DomElement) progress.page().querySelector("svg.chart path.line-top"))
                .getAttribute("d").startsWith("M"));
        assertEquals(2, progress.texts("svg.chart rect.bar").size(), "two weeks");
        assertTrue(progress.texts("svg.chart text.axis-label").contains("2024-01-01"));
    }

    @Test
    void aStrongCsvChosenInTheFileInputIsImportedOnceAndListed() throws Exception {
        Path csv = dir.resolve("strong.csv");
        Files.writeString(csv, String.join("\n",
                "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
                        + "Workout Notes,RPE",
                "2024-01-15 18:30:00,Push,1h 5m,Bench Press (Barbell),1,100,5,,,,,",
                "2024-01-17 07:05:10,Legs,45m,Squat (Barbell),1,140,3,,,,,"));

        HistoryScreens history = open("/history");
        history.importFile(csv.toFile());
        history.click("import-kg");
        history.waitForText(".import-outcome",
                "Imported: 2 workouts added, 0 already there, 0 templates added, 0 updated, 0 rows skipped.");
        history.waitForRows(2);
        assertEquals(List.of("Legs", "Push"), history.names());

        history.importFile(csv.toFile());
        history.click("import-kg");
        history.waitForText(".import-outcome",
                "Imported: 0 workouts added, 2 already there, 0 templates added, 0 updated, 0 rows skipped.");
        history.waitForRows(2);
    }

    @Test
    void aBadFileIsRefusedNamingItsLine() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps\n"
                + "2024-01-15 18:30:00,Push,1h,Bench,1,heavy,5\n");
        HistoryScreens history = open("/history");
        history.importFile(csv.toFile());
        history.click("import-lb");
        Browser.waitUntil("the refusal", () -> history.texts(".import-outcome").size() == 1
                && history.texts(".import-outcome").get(0).startsWith("Nothing was imported: line 2"));
    }
}
