package app.spotter.server.support;

import app.spotter.json.Json;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One page of Debian's headless chromium, driven over the DevTools protocol: set a cookie, open a URL, run script,
 * take a screenshot. Enough to run the compiled client in a real engine, signed in.
 */
public final class ChromiumPage implements AutoCloseable {
    private static final long TIMEOUT_SECONDS = 30;

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();

    private ChromiumPage(Process process, WebSocket socket, Listener listener) {
        this.process = process;
        this.socket = socket;
        listener.page = this;
    }

    /** Starts chromium with a page of the given size (a phone is 390 x 844). */
    public static ChromiumPage open(int width, int height) throws IOException, InterruptedException {
        Chromium.requireInstalled();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path profile = Files.createTempDirectory("spotter-cdp");
        Process process = new ProcessBuilder(List.of("/usr/bin/chromium", "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--remote-debugging-port=" + port, "--window-size=" + width + "," + height, "about:blank"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        HttpClient http = HttpClient.newHttpClient();
        String wsUrl = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (wsUrl == null && System.nanoTime() < deadline) {
            try {
                String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                        .build(), HttpResponse.BodyHandlers.ofString()).body();
                JsonArray targets = Json.parseArray(list);
                for (Object target : targets) {
                    JsonObject t = (JsonObject) target;
                    if ("page".equals(t.getString("type"))) {
                        wsUrl = t.getString("webSocketDebuggerUrl");
                    }
                }
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        if (wsUrl == null) {
            process.destroyForcibly();
            throw new IOException("chromium's DevTools did not come up");
        }
        Listener listener = new Listener();
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(wsUrl), listener).join();
        ChromiumPage page = new ChromiumPage(process, socket, listener);
        page.call("Page.enable", new JsonObject());
        page.call("Runtime.enable", new JsonObject());
        return page;
    }

    /** Sends one DevTools command and waits for its result. */
    public JsonObject call(String method, JsonObject params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        JsonObject message = new JsonObject();
        message.put("id", id);
        message.put("method", method);
        message.put("params", params);
        socket.sendText(Json.write(message), true).join();
        try {
            JsonObject reply = answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new IllegalStateException(method + " failed: " + Json.write(reply.getObject("error")));
            }
            return reply.getObject("result");
        } catch (Exception e) {
            throw new IllegalStateException(method + " did not answer", e);
        }
    }

    public void setCookie(String url, String name, String value) {
        JsonObject params = new JsonObject();
        params.put("url", url);
        params.put("name", name);
        params.put("value", value);
        call("Network.setCookie", params);
    }

    public void navigate(String url) {
        JsonObject params = new JsonObject();
        params.put("url", url);
        call("Page.navigate", params);
    }

    /** Evaluates a script in the page (promises awaited) and returns its value as text (JSON for objects). */
    public String evaluate(String expression) {
        JsonObject params = new JsonObject();
        params.put("expression", expression);
        params.put("awaitPromise", true);
        params.put("returnByValue", true);
        JsonObject result = call("Runtime.evaluate", params);
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + Json.write(result.getObject("exceptionDetails")));
        }
        Object value = result.getObject("result").get("value");
        return value == null ? null : value instanceof String s ? s : Json.write(value);
    }

    /** Polls until the expression is true in the page. */
    public void waitUntil(String what, String expression) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            try {
                if ("true".equals(evaluate("String(!!(" + expression + "))"))) {
                    return;
                }
            } catch (IllegalStateException loading) {
                // The page is between documents; look again.
            }
            Thread.sleep(25);
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    /** Presses and releases a key as a keyboard would ("Tab", "Escape", "Enter"), optionally with Shift. */
    public void press(String key, boolean shift) {
        int code = switch (key) {
            case "Tab" -> 9;
            case "Enter" -> 13;
            case "Escape" -> 27;
            case " " -> 32;
            default -> throw new IllegalArgumentException("no key code for " + key);
        };
        for (String type : new String[] {"rawKeyDown", "keyUp"}) {
            JsonObject params = new JsonObject();
            params.put("type", type);
            params.put("key", key);
            params.put("code", key.equals(" ") ? "Space" : key);
            params.put("windowsVirtualKeyCode", code);
            params.put("nativeVirtualKeyCode", code);
            params.put("modifiers", shift ? 8 : 0);
            call("Input.dispatchKeyEvent", params);
        }
    }

    /** Makes the page see this system colour scheme ("light" or "dark") in prefers-color-scheme. */
    public void emulateColorScheme(String scheme) {
        JsonObject feature = new JsonObject();
        feature.put("name", "prefers-color-scheme");
        feature.put("value", scheme);
        JsonArray features = new JsonArray();
        features.add(feature);
        JsonObject params = new JsonObject();
        params.put("features", features);
        call("Emulation.setEmulatedMedia", params);
    }

    public void screenshot(Path png) throws IOException {
        JsonObject params = new JsonObject();
        params.put("format", "png");
        String data = call("Page.captureScreenshot", params).getString("data");
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, Base64.getDecoder().decode(data));
    }

    @Override
    public void close() {
        socket.abort();
        process.destroyForcibly();
    }

    private void received(String text) {
        JsonObject message = Json.parseObject(text);
        if (message.has("id")) {
            CompletableFuture<JsonObject> answer = pending.remove(message.getInt("id"));
            if (answer != null) {
                answer.complete(message);
            }
        }
    }

    /** Collects a message's frames, then hands the whole message to the page. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();
        private ChromiumPage page;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                if (page != null) {
                    page.received(text);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
