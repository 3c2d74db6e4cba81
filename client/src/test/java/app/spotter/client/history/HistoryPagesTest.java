package app.spotter.client.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.client.platform.HttpClient;
import app.spotter.client.platform.HttpResponse;
import app.spotter.history.HistoryLine;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.SetType;
import app.spotter.workout.Stamp;
import app.spotter.workout.Targets;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateExercise;
import app.spotter.workout.TemplateSet;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryPagesTest {
    private static final Template PLAN = new Template("t", "Legs", "", List.of(new TemplateExercise("Squat",
            ExerciseKind.WEIGHT_REPS, 90, "", "", List.of(new TemplateSet(SetType.NORMAL,
                    new Targets(5, 100, 0, 0))))));

    private static Workout finished(String id, long startedAt, long finishedAt) {
        Workout w = SessionEdits.start(PLAN, id, new Stamp(startedAt, 0, "a"), startedAt);
        WorkoutExercise squat = w.visibleExercises().get(0);
        w = SetEdits.completeSet(w, squat.id(), squat.visibleSets().get(0).id(), new Stamp(startedAt + 1, 0, "a"),
                startedAt + 1);
        return SessionEdits.finish(w, new Stamp(finishedAt, 0, "a"), finishedAt);
    }

    /** Keeps each request until the test answers it. */
    private static final class PendingServer implements HttpClient {
        final List<String> paths = new ArrayList<>();
        final List<HttpCallback> callbacks = new ArrayList<>();

        @Override
        public void send(String method, String path, String body, HttpCallback callback) {
            paths.add(method + " " + path);
            callbacks.add(callback);
        }

        void answer(int index, String body) {
            callbacks.get(index).done(new HttpResponse(200, body));
        }
    }

    private static String page(int from, int count) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            int n = from - i;
            json.append(i == 0 ? "" : ",").append("{\"id\":\"w").append(n).append("\",\"name\":\"Day ").append(n)
                    .append("\",\"startedAt\":").append(n * 1000L).append(",\"durationSeconds\":60,\"setsDone\":3,")
                    .append("\"volumeKg\":500.0}");
        }
        return json.append("]").toString();
    }

    @Test
    void loadMoreAsksForWorkoutsStartedBeforeTheOldestShownAndStopsAtAShortPage() {
        PendingServer server = new PendingServer();
        HistoryPages pages = new HistoryPages(new HistoryApi(server), List.of());
        pages.loadMore();
        assertEquals("GET /api/history?limit=50", server.paths.get(0));
        server.answer(0, page(120, 50));
        assertEquals(50, pages.entries().size());
        assertTrue(pages.hasMore());

        pages.loadMore();
        assertEquals("GET /api/history?limit=50&before=71000&beforeId=w71", server.paths.get(1));
        server.answer(1, page(70, 20));
        assertEquals(70, pages.entries().size());
        assertEquals("w51", pages.entries().get(69).id());
        assertFalse(pages.hasMore());
        pages.loadMore();
        assertEquals(2, server.paths.size(), "no request past the last page");
    }

    @Test
    void aSecondTapWhileAPageLoadsAsksNothingMore() {
        PendingServer server = new PendingServer();
        HistoryPages pages = new HistoryPages(new HistoryApi(server), List.of());
        pages.loadMore();
        pages.loadMore();
        assertEquals(1, server.paths.size());
        assertTrue(pages.loading());
    }

    @Test
    void outboxWorkoutsComeFirstMarkedWaitingAndOneTheServerHasShowsInItsPlaceAsAnEditWaiting() {
        Workout edited = finished("w5", 5_000, 65_000);
        Workout newer = finished("local", 200_000, 300_000);
        PendingServer server = new PendingServer();
        HistoryPages pages = new HistoryPages(new HistoryApi(server), List.of(HistoryEntry.waiting(edited),
                HistoryEntry.waiting(newer)));
        assertEquals(List.of("local", "w5"), List.of(pages.entries().get(0).id(), pages.entries().get(1).id()));
        assertEquals(HistoryEntry.Waiting.WORKOUT, pages.entries().get(0).waiting());

        pages.loadMore();
        server.answer(0, page(6, 3));
        List<String> ids = new ArrayList<>();
        for (HistoryEntry entry : pages.entries()) {
            ids.add(entry.id() + " " + entry.waiting());
        }
        assertEquals(List.of("local WORKOUT", "w6 NONE", "w5 EDIT", "w4 NONE"), ids);
        HistoryLine shown = pages.entries().get(2).line();
        assertEquals(1, shown.setsDone(), "the edited document's sets, not the server's 3");
        assertEquals(60, shown.durationSeconds());
        assertEquals(500.0, shown.volumeKg());
        assertEquals("Legs", shown.name());
    }

    @Test
    void withTheOutboxEmptyTheServersLineShowsAsItIs() {
        PendingServer server = new PendingServer();
        HistoryPages pages = new HistoryPages(new HistoryApi(server), List.of());
        pages.loadMore();
        server.answer(0, page(6, 3));
        HistoryEntry w5 = pages.entries().get(1);
        assertEquals(HistoryEntry.Waiting.NONE, w5.waiting());
        assertEquals(3, w5.line().setsDone());
        assertEquals("Day 5", w5.line().name());
    }

    @Test
    void aFailedPageKeepsWhatIsShownAndCanBeTriedAgain() {
        PendingServer server = new PendingServer();
        HistoryPages pages = new HistoryPages(new HistoryApi(server), List.of());
        pages.loadMore();
        server.callbacks.get(0).done(new HttpResponse(HttpResponse.UNREACHABLE, ""));
        assertFalse(pages.problem().isEmpty());
        assertFalse(pages.loading());
        pages.loadMore();
        assertEquals("GET /api/history?limit=50", server.paths.get(1));
    }
}
