package app.spotter.client.templates;

import app.spotter.client.platform.MemoryStorage;
import app.spotter.client.player.StorageKeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.workout.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateListTest {
    private static final StorageKeys KEYS = StorageKeys.forUser("u-1");
    private final FakeServer server = new FakeServer();
    private final TemplateList list = new TemplateList(new TemplateApi(server), new TemplateCache(new MemoryStorage(), KEYS));
    private int draws;

    TemplateListTest() {
        list.onChange(() -> draws++);
    }

    @Test
    void theTemplatesShowInTheStoredOrder() {
        list.load();
        assertEquals(TemplateList.Status.LOADING, list.status());

        answerWithThree();

        assertEquals(TemplateList.Status.READY, list.status());
        assertEquals(List.of("A", "B", "C"), names());
        assertEquals(1, draws);
    }

    @Test
    void aListThatCannotBeLoadedSaysWhyAndCanBeAskedForAgain() {
        list.load();
        server.last().unreachable();

        assertEquals(TemplateList.Status.FAILED, list.status());
        assertTrue(list.problem().contains("cannot be reached"));

        list.load();
        assertEquals("", list.problem());
        answerWithThree();
        assertEquals(TemplateList.Status.READY, list.status());
    }

    @Test
    void movingATemplateShowsAtOnceAndStoresTheNewOrder() {
        loadThree();

        list.move(0, 1);

        assertEquals(List.of("B", "A", "C"), names());
        assertEquals("PUT /api/templates/order", server.last().line());
        assertEquals("{\"ids\":[\"b\",\"a\",\"c\"]}", server.last().body());
    }

    @Test
    void movesPastEitherEndDoNothing() {
        loadThree();
        int sent = server.requests.size();

        list.move(0, -1);
        list.move(2, 1);

        assertEquals(List.of("A", "B", "C"), names());
        assertEquals(sent, server.requests.size());
    }

    @Test
    void quickMovesStoreOneOrderAtATimeEndingWithTheLatest() {
        loadThree();
        list.move(0, 1);
        FakeServer.Request first = server.last();
        list.move(1, 1);
        list.move(0, 1);

        assertEquals(first, server.last(), "nothing more is sent while an order is on its way");
        first.answer(204, "");

        assertEquals("{\"ids\":[\"c\",\"b\",\"a\"]}", server.last().body());
        server.last().answer(204, "");
        assertEquals(3, server.requests.size(), "the list load and two orders");
    }

    @Test
    void anOrderTheServerRefusesIsUndoneAndExplained() {
        loadThree();
        list.move(0, 1);

        server.last().unreachable();

        assertEquals(List.of("A", "B", "C"), names());
        assertTrue(list.problem().contains("cannot be reached"));
    }

    @Test
    void anOrderRefusedBecauseTheListChangedElsewhereShowsTheListAsStored() {
        loadThree();
        list.move(0, 1);

        server.last().answer(400, "{\"error\":\"ids must list every template exactly once\",\"field\":\"ids\"}");

        assertEquals("GET /api/templates", server.last().line());
        server.last().answer(200, SampleTemplates.listJson(SampleTemplates.named("d", "D"),
                SampleTemplates.named("a", "A"), SampleTemplates.named("b", "B"), SampleTemplates.named("c", "C")));
        assertEquals(List.of("D", "A", "B", "C"), names());
        assertEquals(TemplateList.LIST_CHANGED_ELSEWHERE, list.problem());
    }

    @Test
    void deletingAsksFirstAndRemovesTheTemplateOnlyOnceTheServerHas() {
        loadThree();
        Template b = list.templates().get(1);

        list.askDelete(b);
        assertEquals(b, list.deleteAsked());
        assertEquals(1, server.requests.size(), "asking sends nothing");

        list.confirmDelete();
        assertEquals("DELETE /api/templates/b", server.last().line());
        assertTrue(list.deleting());
        assertEquals(3, list.templates().size());

        server.last().answer(204, "");
        assertEquals(List.of("A", "C"), names());
        assertNull(list.deleteAsked());
    }

    @Test
    void keepingTheTemplateDeletesNothing() {
        loadThree();
        list.askDelete(list.templates().get(0));

        list.cancelDelete();

        assertNull(list.deleteAsked());
        assertEquals(1, server.requests.size());
    }

    @Test
    void aFailedDeleteKeepsTheTemplateAndSaysWhy() {
        loadThree();
        list.askDelete(list.templates().get(0));
        list.confirmDelete();

        server.last().answer(500, "{\"error\":\"Database is locked\"}");

        assertEquals(List.of("A", "B", "C"), names());
        assertEquals("Database is locked", list.problem());
        assertNull(list.deleteAsked());
    }

    @Test
    void answersArrivingAfterTheScreenWasLeftAreNotDrawn() {
        list.load();
        list.close();

        answerWithThree();

        assertEquals(0, draws);
    }

    private void loadThree() {
        list.load();
        answerWithThree();
    }

    private void answerWithThree() {
        server.last().answer(200, SampleTemplates.listJson(SampleTemplates.named("a", "A"),
                SampleTemplates.named("b", "B"), SampleTemplates.named("c", "C")));
    }

    private List<String> names() {
        return list.templates().stream().map(Template::name).toList();
    }
}
