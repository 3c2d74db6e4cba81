package app.spotter.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExerciseCatalogTest {
    static ExerciseCatalog shipped() throws IOException {
        try (InputStream in = ExerciseCatalogTest.class.getResourceAsStream("/webroot" + ExerciseCatalog.PATH)) {
            return ExerciseCatalog.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void shippedCatalogHasAtLeastTwoHundredExercisesOfEveryKind() throws IOException {
        List<CatalogExercise> all = shipped().all();
        assertTrue(all.size() >= 200, "only " + all.size());
        Set<String> kinds = new HashSet<>();
        for (CatalogExercise e : all) {
            kinds.add(e.kind());
            assertTrue(!e.name().isEmpty() && !e.muscle().isEmpty() && !e.equipment().isEmpty(), e.id());
        }
        assertEquals(Set.of("weight_reps", "bodyweight_reps", "assisted", "reps_only", "duration",
                "distance_duration", "weight_duration"), kinds);
    }

    @Test
    void importNamesFromStrongAndHevyMatchOneExercise() throws IOException {
        ExerciseCatalog catalog = shipped();
        assertEquals("bench-press", catalog.match("Bench Press (Barbell)").id());
        assertEquals("bench-press", catalog.match("barbell bench press").id());
        assertEquals("back-squat", catalog.match("Squat (Barbell)").id());
        assertEquals("plank", catalog.match("Plank").id());
        assertEquals("treadmill", catalog.match("Treadmill").id());
        assertEquals("pull-up", catalog.match("Pull Up").id());
        assertEquals("farmers-walk", catalog.match("Farmers Walk").id());
        assertEquals("assisted-pull-up", catalog.match("Assisted Pull Up (Machine)").id());
        assertNull(catalog.match("Rest Timer"));
        assertNull(catalog.match("Zottman curl with a twist"));
    }

    @Test
    void matchingIgnoresCasePunctuationAndSpacing() throws IOException {
        ExerciseCatalog catalog = shipped();
        assertEquals("push-up", catalog.match("  PUSH-UP ").id());
        assertEquals("push-up", catalog.match("push up").id());
        assertEquals("farmers-walk", catalog.match("Farmer’s walk").id());
    }

    @Test
    void threeLettersFindNamesThatStartWithThemFirst() throws IOException {
        List<CatalogExercise> found = shipped().search("ben", 10);
        assertTrue(found.size() >= 3, found.toString());
        assertEquals("Bench Dip", found.get(0).name());
        assertTrue(found.stream().allMatch(e -> e.name().toLowerCase().contains("ben")
                || e.aliases().stream().anyMatch(a -> a.toLowerCase().contains("ben"))));
    }

    @Test
    void everyWordOfTheQueryMustStartAWord() throws IOException {
        List<CatalogExercise> found = shipped().search("inc db", 10);
        assertEquals(List.of("incline-dumbbell-press"), found.stream().map(CatalogExercise::id).toList());
        assertEquals("romanian-deadlift", shipped().search("rdl", 5).get(0).id());
        assertTrue(shipped().search("  ", 5).isEmpty());
    }

    @Test
    void searchStopsAtTheLimit() throws IOException {
        assertEquals(3, shipped().search("c", 3).size());
    }

    @Test
    void aBadCatalogLineIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExerciseCatalog.parse("# c\nx\tX\tnot_a_kind\tchest\tnone\t\n"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ExerciseCatalog.parse("a\tA\treps_only\tcore\tnone\t\nb\tB\treps_only\tcore\tnone\tA\n"));
    }
}
