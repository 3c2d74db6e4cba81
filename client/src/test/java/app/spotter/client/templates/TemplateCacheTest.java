package app.spotter.client.templates;

import app.spotter.client.platform.MemoryStorage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.client.player.StorageKeys;
import app.spotter.templates.WorkoutTemplate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateCacheTest {
    private static final StorageKeys KEYS = StorageKeys.forUser("u-1");
    private final MemoryStorage storage = new MemoryStorage();
    private final FakeServer server = new FakeServer();

    @Test
    void afterOneOnlineVisitTheListShowsWithTheServerUnreachable() {
        TemplateList online = listOnThisDevice();
        online.load();
        server.last().answer(200, SampleTemplates.listJson(SampleTemplates.named("a", "A"),
                SampleTemplates.named("b", "B")));

        TemplateList offline = listOnThisDevice();
        offline.load();
        server.last().unreachable();

        assertEquals(TemplateList.Status.READY, offline.status());
        assertEquals(List.of("A", "B"), names(offline));
        assertTrue(offline.problem().contains("cannot be reached"));
        assertTrue(offline.problem().endsWith(TemplateList.SHOWING_SAVED_COPY));
    }

    @Test
    void withNothingSavedAnUnreachableServerStillFails() {
        TemplateList offline = listOnThisDevice();
        offline.load();
        server.last().unreachable();

        assertEquals(TemplateList.Status.FAILED, offline.status());
    }

    @Test
    void theSavedCopyFollowsADeleteAndANewOrder() {
        TemplateList list = listOnThisDevice();
        list.load();
        server.last().answer(200, SampleTemplates.listJson(SampleTemplates.named("a", "A"),
                SampleTemplates.named("b", "B"), SampleTemplates.named("c", "C")));
        list.move(0, 1);
        server.last().answer(204, "");
        list.askDelete(list.templates().get(2));
        list.confirmDelete();
        server.last().answer(204, "");

        assertEquals(List.of("B", "A"), names(new TemplateCache(storage, KEYS).load()));
    }

    @Test
    void anUnreadableSavedCopyIsDroppedAndTheServerDecides() {
        storage.values.put(KEYS.templateCache(), "{not json");
        TemplateList offline = listOnThisDevice();
        offline.load();
        server.last().unreachable();

        assertEquals(TemplateList.Status.FAILED, offline.status());
        assertNull(storage.get(KEYS.templateCache()));
    }

    @Test
    void aFullDeviceKeepsTheOlderCopyAndTheListStillShows() {
        new TemplateCache(storage, KEYS).save(List.of(SampleTemplates.named("a", "Old")));
        storage.full = true;
        TemplateList list = listOnThisDevice();
        list.load();
        server.last().answer(200, SampleTemplates.listJson(SampleTemplates.named("a", "New")));

        assertEquals(List.of("New"), names(list));
        assertEquals(List.of("Old"), names(new TemplateCache(storage, KEYS).load()));
    }

    private TemplateList listOnThisDevice() {
        return new TemplateList(new TemplateApi(server), new TemplateCache(storage, KEYS));
    }

    private static List<String> names(TemplateList list) {
        return names(list.templates());
    }

    private static List<String> names(List<WorkoutTemplate> templates) {
        return templates.stream().map(WorkoutTemplate::name).toList();
    }
}
