package app.spotter.server.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.SessionDocs;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetType;
import app.spotter.workout.Targets;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateExercise;
import app.spotter.workout.TemplateSet;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import com.grack.nanojson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names that start like a spreadsheet formula are exported as text, and import back unchanged. */
class CsvFormulaTest {
    private static final long T0 = 1_700_000_000_000L;
    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example\",\"open\")", "+1+1",
            "-2+3", "@SUM(A1:A9)", "\tTabbed", "\rReturn");

    @TempDir
    Path dir;

    @Test
    void formulaCellsArePrefixedAndReadBackAsTheSameNames() {
        List<TemplateExercise> exercises = new ArrayList<>();
        for (String name : HOSTILE) {
            exercises.add(new TemplateExercise(name.trim(), ExerciseKind.WEIGHT_REPS, 60, "", "",
                    List.of(new TemplateSet(SetType.NORMAL, new Targets(5, 50, 0, 0)))));
        }
        Template plan = new Template("t", HOSTILE.get(0), "", exercises);
        Workout done = SessionDocs.start(plan, "formula", T0, "a");
        for (int e = 0; e < HOSTILE.size(); e++) {
            done = SessionDocs.complete(done, e, 0, SessionDocs.at(T0 + 1000 + e, "a"));
        }
        done = SessionDocs.finish(done, SessionDocs.at(T0 + 600_000, "a"));
        String csv;
        try (RunningServer server = RunningServer.start(dir.resolve("a"))) {
            assertEquals(201, server.post("/api/workouts", SessionDocs.json(done)).status());
            csv = server.get("/api/export/csv").body();
        }
        for (String line : csv.split("\n")) {
            for (String cell : cells(line)) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
                        "a cell a spreadsheet would run: " + cell);
            }
        }
        assertTrue(csv.contains("'=HYPERLINK"), csv);
        try (RunningServer other = RunningServer.start(dir.resolve("b"))) {
            JsonObject body = new JsonObject();
            body.put("csv", csv);
            body.put("unit", "kg");
            assertEquals(200, other.post("/api/import/strong", Json.write(body)).status());
            Workout back = WorkoutCodec.readList(other.get("/api/workouts").body()).get(0);
            assertEquals(HOSTILE.get(0), back.nameValue());
            for (int e = 0; e < HOSTILE.size(); e++) {
                assertEquals(HOSTILE.get(e).trim(), back.visibleExercises().get(e).nameValue());
            }
        }
    }

    /** The cells of one CSV line, unquoted (the export quotes a cell holding a comma, quote or break). */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
