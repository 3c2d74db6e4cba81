package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.ExportCodec;
import app.spotter.json.Json;
import app.spotter.history.LoggedWorkout;
import app.spotter.history.WeightUnit;
import app.spotter.server.support.Browser;
import app.spotter.server.support.RunningServer;
import app.spotter.session.WorkoutSession;
import app.spotter.templates.ExercisePlan;
import app.spotter.templates.SetTarget;
import app.spotter.templates.WorkoutTemplate;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetType;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
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

    /** A schema-2 bench workout: bench press 5 x {@code weight} then 5 x 100, half an hour. */
    static Workout bench(String id, String name, long start, double weight) {
        return LoggedWorkout.named(id, name, start).exercise("Bench press", ExerciseKind.WEIGHT_REPS)
                .reps(5, weight).reps(5, 100).finish(1800);
    }

    private void log(Workout workout) {
        var reply = server.post("/api/workouts", WorkoutCodec.write(workout));
        assertEquals(201, reply.status(), reply.body());
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
        log(bench("a", "Monday bench", MONDAY, 100));
        log(bench("b", "Wednesday bench", MONDAY + 2 * DAY, 105));

        HistoryScreens history = open("/history");
        history.waitForRows(2);
        assertEquals(List.of("Wednesday bench", "Monday bench"), history.names());
        assertTrue(history.row("Wednesday bench").getTextContent().contains("2 sets"));

        history.openWorkout("Wednesday bench");
        history.waitForText(".record", "\u2605 Bench press: heaviest weight 105 kg (was 100 kg)");
        assertEquals("/history/b", history.path());
        Browser.waitUntil("the sets by kind", () -> history.texts(".detail-set")
                .equals(List.of("5 \u00d7 105 kg", "5 \u00d7 100 kg")));

        history.click("delete");
        history.click("confirm-delete");
        Browser.waitUntil("back on the history list", () -> history.path().equals("/history"));
        history.waitForRows(1);
        assertEquals(List.of("Monday bench"), history.names());
        assertEquals(404, server.get("/api/workouts/b").status());
    }

    @Test
    void aWorkoutOfEveryKindShowsEachSetByItsKindWithTypeRpeAndNotesAndRecordsByKind() {
        log(LoggedWorkout.named("a", "Mixed", MONDAY).exercise("Plank", ExerciseKind.DURATION).timed(60, 0, 0)
                .exercise("Run", ExerciseKind.DISTANCE_DURATION).timed(1500, 5000, 0)
                .exercise("Dip", ExerciseKind.BODYWEIGHT_REPS).reps(8, 5).finish(3600));
        log(LoggedWorkout.named("b", "Mixed again", MONDAY + DAY).exercise("Plank", ExerciseKind.DURATION)
                .set(SetType.WARMUP, 0, 0, 30, 0, true).timed(75, 0, 0)
                .exercise("Run", ExerciseKind.DISTANCE_DURATION).timed(1080, 4000, 0)
                .exercise("Dip", ExerciseKind.BODYWEIGHT_REPS).reps(8, 10).set(SetType.FAILURE, 12, 0, 0, 0, false)
                .finish(3600));

        HistoryScreens detail = open("/history/b");
        Browser.waitUntil("the sets by kind", () -> detail.texts(".detail-set").equals(List.of(
                "30 s \u00b7 warm-up", "75 s", "4.0 km in 18:00", "+10 kg \u00d7 8",
                "12 reps \u00b7 to failure (not done)")));
        Browser.waitUntil("the records by kind", () -> detail.texts(".record").equals(List.of(
                "\u2605 Plank: longest hold: 75 s (was 60 s)", "\u2605 Run: best pace: 4:30 /km (was 5:00 /km)",
                "\u2605 Dip: most added weight: +10 kg (was +5 kg)")));
        assertTrue(detail.texts(".best-set").contains("Run: 4.0 km in 18:00"), detail.texts(".best-set").toString());
    }

    @Test
    void progressOfARunChartsDistanceInKmAndPaceInMinutesPerKmApart() {
        long noon = MONDAY + DAY / 2; // the same calendar day in any browser zone
        log(LoggedWorkout.named("a", "Cardio", noon).exercise("Run", ExerciseKind.DISTANCE_DURATION)
                .timed(1500, 5000, 0).finish(1800));
        log(LoggedWorkout.named("b", "Cardio", noon + DAY).exercise("Run", ExerciseKind.DISTANCE_DURATION)
                .timed(3300, 10_000, 0).finish(3600));

        HistoryScreens progress = open("/progress");
        Browser.waitUntil("a distance chart in km and a pace chart in min/km", () ->
                progress.texts("svg.chart[data-record=longest_distance] circle.point").size() == 2
                        && progress.texts("svg.chart[data-record=best_pace] circle.point").size() == 2
                        && progress.texts("svg.chart[data-record=longest_distance] > title")
                        .equals(List.of("Longest distance, km"))
                        && progress.texts("svg.chart[data-record=best_pace] > title")
                        .equals(List.of("Best pace, min/km"))
                        && progress.texts("svg.chart[data-record=longest_distance] circle.point title")
                        .equals(List.of("2024-01-01: 5.0 km", "2024-01-02: 10.0 km"))
                        && progress.texts("svg.chart[data-record=best_pace] circle.point title")
                        .equals(List.of("2024-01-01: 5:00 /km", "2024-01-02: 5:30 /km")));
        assertTrue(progress.texts("h2.section-title").contains("Run: longest distance"),
                progress.texts("h2.section-title").toString());
        progress.tap("svg.chart[data-record=best_pace] circle.point");
        progress.waitForText(".chart-readout", "2024-01-01: 5:00 /km");
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
        log(bench("a", "Monday bench", MONDAY, 100));
        HistoryScreens history = open("/history");
        history.waitForRows(1);
        history.page().executeJavaScript("localStorage.setItem('spotter.v1.units', 'lb')");
        HistoryScreens inPounds = open("/history/a");
        inPounds.waitForText(".detail-set", "5 \u00d7 220.5 lb");
    }

    @Test
    void theCsvExportLinkAsksForTheWeightsInTheKgOrLbChosen() {
        log(bench("a", "Monday bench", MONDAY, WeightUnit.LB.toKg(225)));
        HistoryScreens history = open("/history");
        history.waitForRows(1);
        assertTrue(history.href("export-csv").startsWith("/api/export/csv?unit=kg&"), history.href("export-csv"));
        history.choose("units", "lb");
        Browser.waitUntil("the CSV link in pounds", () -> history.href("export-csv").contains("unit=lb"));
        String csv = server.get(history.href("export-csv")).body();
        assertTrue(csv.startsWith("Date,Workout Name,Duration,Exercise Name,Set Order,Weight (lbs),"), csv);
        assertTrue(csv.contains(",Bench press,1,225,5,"), "225 lb as typed: " + csv);
    }

    @Test
    void progressDrawsAnSvgLineWithAPointPerWorkoutAndWeeklyVolumeBars() {
        log(bench("a", "Monday bench", MONDAY, 100));
        log(bench("b", "Wednesday bench", MONDAY + 2 * DAY, 105));
        log(bench("c", "Next week", MONDAY + 7 * DAY, 110));

        HistoryScreens progress = open("/progress");
        Browser.waitUntil("three points, two weeks of bars, the first date", () ->
                progress.texts("svg.chart circle.point").size() == 3
                        && progress.texts("svg.chart rect.bar").size() == 2
                        && progress.texts("svg.chart text.axis-label").contains("2024-01-01"));
        assertTrue(((org.htmlunit.html.DomElement) progress.page().querySelector("svg.chart path.line-top"))
                .getAttribute("d").startsWith("M"));
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
        Browser.waitUntil("the preview, before anything is stored", () ->
                history.texts(".import-preview-line").size() == 3
                && history.texts(".import-preview-line").get(0).startsWith("This file holds 2 workouts, from 2024-01-")
                && history.texts(".import-preview-line").get(0).endsWith("2 workouts will be added.")
                && history.texts(".import-preview-line").get(1).equals("2 exercises matched to the catalog: "
                        + "Bench Press (Barbell) \u2192 Bench Press, Squat (Barbell) \u2192 Back Squat.")
                && history.texts(".import-preview-line").get(2).equals("Every row will be imported."));
        assertEquals(0, history.rows(), "nothing stored by the preview");
        history.click("import-confirm");
        history.waitForText(".import-outcome",
                "Imported: 2 workouts added, 0 already there, 0 templates added, 0 updated, 0 rows skipped.");
        history.waitForRows(2);
        assertEquals(List.of("Legs", "Push"), history.names());

        history.importFile(csv.toFile());
        history.click("import-kg");
        Browser.waitUntil("a preview saying nothing is new", () -> !history.texts(".import-preview-line").isEmpty()
                && history.texts(".import-preview-line").get(0).contains("0 workouts will be added; 2 already here"));
        history.click("import-cancel");
        history.waitForText(".import-outcome", "Nothing was imported.");
        assertEquals(0, history.texts(".import-preview-line").size());
        history.importFile(csv.toFile());
        history.click("import-kg");
        history.click("import-confirm");
        history.waitForText(".import-outcome",
                "Imported: 0 workouts added, 2 already there, 0 templates added, 0 updated, 0 rows skipped.");
        history.waitForRows(2);
    }

    @Test
    void aHevyCsvChosenInTheFileInputIsImportedWithoutAskingTheUnitAndItsUnreadableRowIsListed() throws Exception {
        Path csv = dir.resolve("hevy.csv");
        Files.writeString(csv, String.join("\n",
                "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,"
                        + "set_type,weight_kg,reps,distance_km,duration_seconds,rpe",
                "Push A,\"4 Mar 2024, 18:05\",\"4 Mar 2024, 19:10\",,Bench Press (Barbell),,,0,normal,80,5,,,",
                "Push A,\"4 Mar 2024, 18:05\",\"4 Mar 2024, 19:10\",,Plank,,,0,normal,,,,60,",
                "Push A,\"4 Mar 2024, 18:05\",\"4 Mar 2024, 19:10\",,Treadmill,,,0,cooldown,,,1,300,"));

        HistoryScreens history = open("/history");
        history.importFile(csv.toFile());
        Browser.waitUntil("the preview: the cooldown row will be left out", () ->
                history.texts(".import-preview-line").size() == 3
                && history.texts(".import-preview-line").get(2).startsWith("1 row will be left out. Line 4: "));
        history.click("import-confirm");
        Browser.waitUntil("the outcome, with the cooldown row listed", () ->
                history.texts(".import-outcome").size() == 1
                && history.texts(".import-outcome").get(0).startsWith("Imported: 1 workout added, 0 already there,"
                + " 0 templates added, 0 updated, 1 row skipped. Line 4: ")
                && history.texts(".import-outcome").get(0).contains("cooldown"));
        assertTrue(history.texts(".import-question").isEmpty(), "Hevy's file names its unit: no question");
        history.waitForRows(1);
        assertEquals(List.of("Push A"), history.names());
    }

    @Test
    void aRowThatCannotBeReadIsListedWithItsLineAndAFileThatIsNoExportIsRefused() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps\n"
                + "2024-01-15 18:30:00,Push,1h,Bench,1,heavy,5\n");
        HistoryScreens history = open("/history");
        history.importFile(csv.toFile());
        history.click("import-lb");
        history.click("import-confirm");
        Browser.waitUntil("the skipped row with its line", () -> history.texts(".import-outcome").size() == 1
                && history.texts(".import-outcome").get(0).startsWith("Imported: 0 workouts added, 0 already there,"
                + " 0 templates added, 0 updated, 1 row skipped. Line 2: ")
                && history.texts(".import-outcome").get(0).contains("heavy"));

        Path notStrong = dir.resolve("other.csv");
        Files.writeString(notStrong, "Name,When\nBench,today\n");
        history.importFile(notStrong.toFile());
        history.click("import-kg");
        Browser.waitUntil("the refusal", () -> history.texts(".import-outcome").size() == 1
                && history.texts(".import-outcome").get(0).startsWith("Nothing was imported: "));
        assertEquals(0, history.rows());
    }
}
