package app.spotter.client.account;

import app.spotter.account.AccountCodec;
import app.spotter.account.AuthState;
import app.spotter.account.SignedInUser;
import app.spotter.client.api.Answers;
import app.spotter.client.api.ApiCall;
import app.spotter.client.api.ApiCall.Callback;
import app.spotter.client.api.ApiErrors;
import app.spotter.client.api.ApiFailure;
import app.spotter.client.platform.Clock;
import app.spotter.client.platform.HttpClient;
import app.spotter.client.platform.HttpResponse;
import app.spotter.client.platform.KeyValueStore;
import app.spotter.client.player.StorageKeys;
import app.spotter.json.Json;
import app.spotter.validation.AccountRules;
import app.spotter.validation.FieldError;
import com.grack.nanojson.JsonObject;

/**
 * Who uses the app on this device, and so which screen it shows: the first-run setup, the sign-in form, or the app
 * for a signed-in user. Signing out or an expired sign-in never clears local data: each user's workout lives under
 * keys carrying their id ({@link StorageKeys}), and comes back when that user signs in again.
 */
public final class SignIn {
    /** What the app shows. */
    public enum Screen { STARTING, SETUP, SIGN_IN, APP }

    static final String OFFLINE_NO_USER = "You are offline, and nobody has signed in on this device yet. "
            + "Connect to your Spotter server to sign in.";
    static final String EXPIRED = "Your sign-in has ended. Sign in again: your workout on this device is kept.";

    private final HttpClient http;
    private final KeyValueStore storage;
    private final Clock clock;
    private final RememberedUser remembered;
    private Runnable listener = () -> { };
    private Screen screen = Screen.STARTING;
    private SignedInUser user;
    private String notice = "";
    private String error = "";
    private boolean busy;
    private boolean offline;

    public SignIn(HttpClient http, KeyValueStore storage, Clock clock) {
        this.http = http;
        this.storage = storage;
        this.clock = clock;
        this.remembered = new RememberedUser(storage);
    }

    public void onChange(Runnable listener) {
        this.listener = listener;
    }

    /** Asks the server who is signed in; without an answer, opens the app for the user last signed in here. */
    public void start() {
        ApiCall.send(http, "GET", "/api/auth/state", null, new Answers()
                .ok(this::stateAnswered)
                .failed(this::noState));
    }

    public void setUp(String name, String password, String confirm) {
        FieldError problem = AccountRules.nameProblem(name);
        if (problem == null) {
            problem = AccountRules.passwordProblem(password);
        }
        if (problem != null) {
            fail(problem.message() + ".");
            return;
        }
        if (!password.equals(confirm)) {
            fail("The two passwords differ. Type the same password twice.");
            return;
        }
        submit("/api/auth/setup", name, password);
    }

    public void signIn(String name, String password) {
        submit("/api/auth/login", name, password);
    }

    /** Ends the sign-in here and on the server; this user's local workout stays for their next sign-in. */
    public void signOut() {
        remembered.forget();
        ApiCall.send(http, "POST", "/api/auth/logout", null, new Answers());
        showSignIn("");
    }

    /** The server refused a request for want of a sign-in (expired or revoked): sign in again, keep everything. */
    public void signInEnded() {
        if (screen == Screen.APP) {
            showSignIn(EXPIRED);
        }
    }

    public Screen screen() {
        return screen;
    }

    /** The signed-in user (on the app screen), else null. */
    public SignedInUser user() {
        return user;
    }

    /** The storage keys of the signed-in user's player. */
    public StorageKeys keys() {
        return StorageKeys.forUser(user.id());
    }

    /** A name to put into the sign-in form: the user last signed in here, or empty. */
    public String suggestedName() {
        SignedInUser last = remembered.read();
        return last == null ? "" : last.name();
    }

    public String notice() {
        return notice;
    }

    public String error() {
        return error;
    }

    public boolean busy() {
        return busy;
    }

    /** True when the app was opened from this device's memory because the server could not be reached. */
    public boolean offline() {
        return offline;
    }

    private void stateAnswered(HttpResponse response) {
        ApiCall.answer(response, Callback.of(this::stateRead, unreadable -> noState(false, unreadable.message())),
                AccountCodec::readState);
    }

    private void stateRead(AuthState state) {
        if (state.user() != null) {
            enter(state.user());
        } else {
            screen = state.setupNeeded() ? Screen.SETUP : Screen.SIGN_IN;
            listener.run();
        }
    }

    // No answer to who is signed in: the app opens for the user last signed in here, if any.
    private void noState(ApiFailure failure) {
        noState(failure.offline(), failure.error().message());
    }

    private void noState(boolean unreachable, String why) {
        SignedInUser last = remembered.read();
        if (last == null) {
            screen = Screen.SIGN_IN;
            notice = unreachable ? OFFLINE_NO_USER : why;
            listener.run();
        } else {
            offline = true;
            enter(last);
        }
    }

    private void submit(String path, String name, String password) {
        if (busy) {
            return;
        }
        busy = true;
        error = "";
        JsonObject body = new JsonObject();
        body.put("name", name);
        body.put("password", password);
        listener.run();
        ApiCall.send(http, "POST", path, Json.write(body), new Answers()
                .ok(response -> {
                    busy = false;
                    ApiCall.answer(response, Callback.of(signedIn -> {
                        offline = false;
                        enter(signedIn);
                    }, problem -> fail(problem.message())), AccountCodec::read);
                })
                .conflict(response -> {
                    busy = false;
                    if (screen == Screen.SETUP) {
                        screen = Screen.SIGN_IN;
                        notice = "This server already has an owner. Sign in with your account.";
                        listener.run();
                    } else {
                        fail(ApiErrors.from(response).message());
                    }
                })
                .failed(failure -> {
                    busy = false;
                    fail(failure.error().message());
                }));
    }

    private void enter(SignedInUser signedIn) {
        user = signedIn;
        remembered.remember(signedIn);
        keys().adoptDeviceData(storage, clock.now());
        screen = Screen.APP;
        notice = "";
        error = "";
        listener.run();
    }

    private void showSignIn(String why) {
        user = null;
        offline = false;
        screen = Screen.SIGN_IN;
        notice = why;
        error = "";
        listener.run();
    }

    private void fail(String message) {
        error = message;
        listener.run();
    }
}
