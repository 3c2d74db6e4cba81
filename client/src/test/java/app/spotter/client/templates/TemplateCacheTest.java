package app.spotter.client.templates;

import app.spotter.client.platform.KeyValueStore;
import app.spotter.client.platform.MemoryStorage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.client.player.StorageKeys;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.Stamp;
import app.spotter.workout.Targets;
import app.spotter.workout.Template;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutSet;
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

    /** Exactly what the schema-1 release saved under this key (its TemplateCodec list). */
    private static final String SAVED_BY_THE_LAST_RELEASE = "[{\"id\":\"t1\",\"name\":\"Push day\",\"exercises\":"
            + "[{\"name\":\"Bench press\",\"restSeconds\":120,\"sets\":[{\"reps\":8,\"weight\":60.0},"
            + "{\"reps\":8,\"weight\":62.5}]},{\"name\":\"Overhead press\",\"restSeconds\":90,"
            + "\"sets\":[{\"reps\":10,\"weight\":40.0}]}]},{\"id\":\"t2\",\"name\":\"Legs\",\"exercises\":"
            + "[{\"name\":\"Squat\",\"restSeconds\":180,\"sets\":[{\"reps\":5,\"weight\":100.0}]}]}]";

    @Test
    void aListSavedByTheLastReleaseIsUpgradedSoAnOfflineUserStillSeesAndStartsIt() {
        storage.values.put(KEYS.templateCache(), SAVED_BY_THE_LAST_RELEASE);
        TemplateList offline = listOnThisDevice();
        offline.load();
        server.last().unreachable();

        assertEquals(TemplateList.Status.READY, offline.status());
        assertEquals(List.of(SampleTemplates.push("t1"), SampleTemplates.named("t2", "Legs")), offline.templates());
        Workout started = SessionEdits.start(offline.templates().get(0), "s-1", new Stamp(1000, 0, "d"), 1000);
        List<WorkoutSet> bench = started.visibleExercises().get(0).visibleSets();
        assertEquals(List.of(new Targets(8, 60.0, 0, 0), new Targets(8, 62.5, 0, 0)),
                bench.stream().map(WorkoutSet::targetsValue).toList());
    }

    @Test
    void aListTheDeviceAlreadyHasIsNotWrittenAgainAndAChangedOneIs() {
        String text = SampleTemplates.listJson(SampleTemplates.named("a", "A"));
        List<String> writes = new java.util.ArrayList<>();
        KeyValueStore counting = new KeyValueStore() {
            @Override
            public String get(String key) {
                return storage.get(key);
            }

            @Override
            public void put(String key, String value) {
                writes.add(value);
                storage.put(key, value);
            }

            @Override
            public void remove(String key) {
                storage.remove(key);
            }
        };
        for (int visit = 0; visit < 3; visit++) {
            TemplateList list = new TemplateList(new TemplateApi(server), new TemplateCache(counting, KEYS));
            list.load();
            server.last().answer(200, text);
        }
        assertEquals(List.of(text), writes, "three visits with the same list: written once");

        TemplateList list = new TemplateList(new TemplateApi(server), new TemplateCache(counting, KEYS));
        list.load();
        String renamed = SampleTemplates.listJson(SampleTemplates.named("a", "Renamed"));
        server.last().answer(200, renamed);
        assertEquals(List.of(text, renamed), writes);
        assertEquals(List.of("Renamed"), names(new TemplateCache(counting, KEYS).load()));
    }

    @Test
    void everyKindSetTypeSupersetAndNoteSurvivesTheSavedCopy() {
        TemplateCache cache = new TemplateCache(storage, KEYS);
        cache.save(List.of(SampleTemplates.everything("t9")));
        assertEquals(List.of(SampleTemplates.everything("t9")), cache.load());
        assertTrue(storage.get(KEYS.templateCache()).contains("\"schema\":2"));
    }

    private TemplateList listOnThisDevice() {
        return new TemplateList(new TemplateApi(server), new TemplateCache(storage, KEYS));
    }

    private static List<String> names(TemplateList list) {
        return names(list.templates());
    }

    private static List<String> names(List<Template> templates) {
        return templates.stream().map(Template::name).toList();
    }
}
