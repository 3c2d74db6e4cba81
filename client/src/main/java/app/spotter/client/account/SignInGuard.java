package app.spotter.client.account;

import app.spotter.client.platform.HttpClient;

/**
 * The app's HTTP client with one addition: an API answer 401 ("Sign in first") outside the sign-in calls means the
 * sign-in expired or was revoked, and the app asks to sign in again. The caller still gets the answer, so its own
 * retry logic (draft sync, outbox) keeps the change for later.
 */
public final class SignInGuard implements HttpClient {
    private static final int UNAUTHORIZED = 401;
    private final HttpClient inner;
    private Runnable signInEnded = () -> { };

    public SignInGuard(HttpClient inner) {
        this.inner = inner;
    }

    public void onSignInEnded(Runnable handler) {
        this.signInEnded = handler;
    }

    @Override
    public void send(String method, String path, String body, HttpCallback callback) {
        inner.send(method, path, body, guarded(path, callback));
    }

    @Override
    public void upload(String method, String path, String body, UploadProgress progress, HttpCallback callback) {
        inner.upload(method, path, body, progress, guarded(path, callback));
    }

    private HttpCallback guarded(String path, HttpCallback callback) {
        return response -> {
            callback.done(response);
            if (response.status() == UNAUTHORIZED && !path.startsWith("/api/auth/")) {
                signInEnded.run();
            }
        };
    }
}
