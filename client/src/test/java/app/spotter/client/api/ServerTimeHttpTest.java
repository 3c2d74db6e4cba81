package app.spotter.client.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spotter.client.platform.HttpClient;
import app.spotter.client.platform.HttpResponse;
import app.spotter.client.platform.MemoryStorage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerTimeHttpTest {
    private static final long T0 = 1_700_000_000_000L;
    private long deviceNow = T0;
    private final ServerClock clock = new ServerClock(() -> deviceNow, new MemoryStorage());

    @Test
    void anUploadKeepsItsProgressAndItsAnswerStillSetsTheClock() {
        List<HttpClient.UploadProgress> uploads = new ArrayList<>();
        List<HttpClient.HttpCallback> answers = new ArrayList<>();
        HttpClient inner = new HttpClient() {
            @Override
            public void send(String method, String path, String body, HttpCallback callback) {
                throw new AssertionError("an upload must stay an upload");
            }

            @Override
            public void upload(String method, String path, String body, UploadProgress progress,
                               HttpCallback callback) {
                uploads.add(progress);
                answers.add(callback);
            }
        };
        List<String> heard = new ArrayList<>();
        new ServerTimeHttp(inner, clock).upload("POST", "/api/import", "{}",
                (bytes, total) -> heard.add(bytes + "/" + total), response -> heard.add("answer"));
        uploads.get(0).sent(5, 10);
        deviceNow = T0 + 400;
        answers.get(0).done(new HttpResponse(200, "{}", T0 + 60_000 + 200));
        assertEquals(List.of("5.0/10.0", "answer"), heard);
        assertEquals(60_000, clock.offset());
    }
}
