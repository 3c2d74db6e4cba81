package app.spotter.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.server.support.RunningServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DNS rebinding cannot claim a fresh server, and no stored string holds a broken character. */
class HostAndTextTest {
    @TempDir
    Path dir;

    private static String post(int port, String host, String path, byte[] body, String cookie) throws Exception {
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nOrigin: http://" + host + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n" + cookie + "\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return RawHttp.exchange(port, new String(all, StandardCharsets.ISO_8859_1), 5000);
    }

    @Test
    void setupFromAPageOnAnotherHostNameIsRefusedAndLocalhostStillWorks() throws Exception {
        try (RunningServer server = RunningServer.start(dir.resolve("a.db"), System::currentTimeMillis)) {
            byte[] owner = "{\"name\":\"mallory\",\"password\":\"rebinding password\"}"
                    .getBytes(StandardCharsets.UTF_8);
            String answer = post(server.port(), "attacker.example:" + server.port(), "/api/auth/setup", owner, "");
            assertEquals(403, RawHttp.status(answer), answer);
            assertEquals("Host", Json.parseObject(RawHttp.body(answer)).getString("field"));
            assertTrue(server.client().get("/api/auth/state").body().contains("\"setupNeeded\":true"));
            server.setUpOwner();
        }
    }

    @Test
    void thePublicUrlsHostNameIsAllowedAndNumericAddressesAre() {
        HostAllowList hosts = HostAllowList.of(List.of("https://gym.example.com"));
        assertTrue(hosts.allows("gym.example.com"));
        assertTrue(hosts.allows("GYM.example.com:443"));
        assertTrue(hosts.allows("localhost:7070") && hosts.allows("127.0.0.1") && hosts.allows("[::1]:7070"));
        assertTrue(hosts.allows("192.168.1.20:7070"), "a rebinding page never comes with a bare address");
        assertTrue(!hosts.allows("evil.example") && !hosts.allows("gym.example.com.evil.example")
                && !hosts.allows("") && !hosts.allows(null) && !hosts.allows("999.1.1.1"));
    }

    @Test
    void anInvalidUtf8ByteIsRefusedNamingTheField() throws Exception {
        try (RunningServer server = RunningServer.start(dir)) {
            String before = server.get("/api/templates").body();
            byte[] body = ("{\"name\":\"A\u0000B\",\"exercises\":[{\"name\":\"Squat\",\"restSeconds\":60,"
                    + "\"sets\":[{\"reps\":5,\"weight\":100}]}]}").getBytes(StandardCharsets.UTF_8);
            body[10] = (byte) 0xC3;
            String answer = post(server.port(), "localhost", "/api/templates", body,
                    "Cookie: spotter_session=" + server.owner().sessionToken() + "\r\n");
            assertEquals(400, RawHttp.status(answer), answer);
            assertEquals("name", Json.parseObject(RawHttp.body(answer)).getString("field"), answer);
            assertEquals(before, server.get("/api/templates").body(), "nothing stored");
        }
    }

    @Test
    void aLoneSurrogateEscapeIsRefusedNamingTheFieldAndAPairIsKept() {
        try (RunningServer server = RunningServer.start(dir)) {
            String before = server.get("/api/templates").body();
            String lone = "{\"schema\":2,\"name\":\"Legs\",\"note\":\"\",\"exercises\":[{\"name\":\"A\\ud800B\","
                    + "\"kind\":\"weight_reps\",\"restSeconds\":60,\"note\":\"\",\"supersetGroup\":\"\","
                    + "\"sets\":[{\"type\":\"normal\",\"targets\":{\"reps\":5,\"weight\":100}}]}]}";
            var reply = server.post("/api/templates", lone);
            assertEquals(400, reply.status(), reply.body());
            assertEquals("exercises[0].name", Json.parseObject(reply.body()).getString("field"));
            var low = server.post("/api/templates", lone.replace("\\ud800", "\\udc00"));
            assertEquals(400, low.status(), low.body());
            assertEquals(before, server.get("/api/templates").body(), "nothing stored");
            var pair = server.post("/api/templates", lone.replace("\\ud800", "\\ud83d\\udcaa"));
            assertEquals(201, pair.status(), pair.body());
            assertTrue(Json.parseObject(pair.body()).toString().contains("A\ud83d\udcaaB"), pair.body());
        }
    }
}
