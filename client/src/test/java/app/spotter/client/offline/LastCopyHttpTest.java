package app.spotter.client.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.client.platform.HttpClient;
import app.spotter.client.platform.HttpResponse;
import app.spotter.client.platform.MemoryStorage;
import app.spotter.client.player.StorageKeys;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LastCopyHttpTest {
    private final MemoryStorage storage = new MemoryStorage();
    private final List<HttpResponse> answers = new ArrayList<>();
    private final List<String> sent = new ArrayList<>();
    private long now = 1_000;
    private final HttpClient server = (method, path, body, callback) -> {
        sent.add(method + " " + path);
        callback.done(answers.remove(0));
    };

    private HttpResponse get(LastCopyHttp http, String path) {
        HttpResponse[] got = new HttpResponse[1];
        http.send("GET", path, null, response -> got[0] = response);
        return got[0];
    }

    private LastCopyHttp http(String user) {
        return new LastCopyHttp(server, storage, StorageKeys.forUser(user), () -> now);
    }

    @Test
    void offlineAnswersWithTheLastCopyAndSaysWhenItWasFetched() {
        answers.add(new HttpResponse(200, "[1]"));
        LastCopyHttp online = http("u1");
        assertEquals("[1]", get(online, "/api/history?limit=50").body());
        assertEquals(0, online.copyFetchedAt(), "a live answer is not a copy");

        now = 9_000;
        answers.add(new HttpResponse(HttpResponse.UNREACHABLE, ""));
        LastCopyHttp offline = http("u1");
        HttpResponse copy = get(offline, "/api/history?limit=50");
        assertEquals(new HttpResponse(200, "[1]"), copy);
        assertEquals(1_000, offline.copyFetchedAt());
    }

    @Test
    void serverErrorsAnotherUsersCopyAndWritesAreNeverAnsweredFromACopy() {
        answers.add(new HttpResponse(200, "[1]"));
        get(http("u1"), "/api/progress/weekly");
        answers.add(new HttpResponse(500, "{\"error\":\"boom\"}"));
        assertEquals(500, get(http("u1"), "/api/progress/weekly").status(), "the server answered: no copy");
        answers.add(new HttpResponse(HttpResponse.UNREACHABLE, ""));
        assertEquals(0, get(http("u2"), "/api/progress/weekly").status(), "u2 never sees u1's copy");
        answers.add(new HttpResponse(HttpResponse.UNREACHABLE, ""));
        HttpResponse[] got = new HttpResponse[1];
        http("u1").send("DELETE", "/api/progress/weekly", null, r -> got[0] = r);
        assertEquals(0, got[0].status());
        assertTrue(storage.values.keySet().stream().allMatch(k -> k.startsWith("spotter.v1.u.u1.lastCopy.")),
                storage.values.keySet().toString());
    }
}
