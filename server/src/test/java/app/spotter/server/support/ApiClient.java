package app.spotter.server.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Function;

/** One HTTP client with its own cookie jar: one browser, signed in as one user (or as nobody). */
public final class ApiClient {
    private final Function<String, String> urls;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    ApiClient(Function<String, String> urls) {
        this.urls = urls;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /** A client of the server at {@code baseUrl} (for example {@code http://localhost:7070}), signed in as nobody. */
    public static ApiClient at(String baseUrl) {
        return new ApiClient(path -> baseUrl + path);
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(urls.apply(path))).GET());
    }

    public Reply delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(urls.apply(path))).DELETE());
    }

    public Reply post(String path, String json) {
        return send(jsonRequest(path).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(jsonRequest(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpRequest.Builder jsonRequest(String path) {
        return HttpRequest.newBuilder(URI.create(urls.apply(path))).header("Content-Type", "application/json");
    }

    public Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Set-Cookie").orElse(""), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs in; fails the test unless the server accepts. */
    public ApiClient signIn(String name, String password) {
        Reply reply = post("/api/auth/login", credentials(name, password));
        if (reply.status() != 200) {
            throw new AssertionError("sign-in as " + name + " failed: " + reply);
        }
        return this;
    }

    /** The sign-in token this client holds (the cookie value), for handing to a browser. */
    public String sessionToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().endsWith("spotter_session"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
    }

    public static String credentials(String name, String password) {
        return "{\"name\":\"" + name + "\",\"password\":\"" + password + "\"}";
    }

    /** An HTTP answer. */
    public record Reply(int status, String body, String contentType, String setCookie,
                        java.net.http.HttpHeaders headers) {
        /** The X-Server-Time header (epoch ms), or -1 without one. */
        public long serverTime() {
            return headers.firstValue("X-Server-Time").map(Long::parseLong).orElse(-1L);
        }
    }
}
