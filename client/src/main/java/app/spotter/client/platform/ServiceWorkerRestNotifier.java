package app.spotter.client.platform;

import java.util.function.Consumer;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * {@link RestNotifier} over the Notifications API, shown with the service worker's {@code showNotification} (a page
 * on a phone cannot show one with {@code new Notification}); sw.js brings the app to the front on a tap. Each shown
 * notification counts in {@code window.spotterNotificationsShown}, for the browser tests.
 */
public final class ServiceWorkerRestNotifier implements RestNotifier {
    @Override
    public Permission permission() {
        String state = state();
        switch (state) {
            case "granted":
                return Permission.GRANTED;
            case "denied":
                return Permission.DENIED;
            case "default":
                return Permission.NOT_ASKED;
            default:
                return Permission.UNSUPPORTED;
        }
    }

    @Override
    public void ask(Consumer<Permission> answered) {
        if (permission() != Permission.NOT_ASKED) {
            answered.accept(permission());
            return;
        }
        request(() -> answered.accept(permission()));
    }

    @Override
    public boolean pageHidden() {
        return hidden();
    }

    @Override
    public void show(String title, String body, String tag) {
        if (permission() == Permission.GRANTED) {
            notify(title, body, tag);
        }
    }

    /** A callback from JavaScript. */
    @JSFunctor
    interface Done extends JSObject {
        void run();
    }

    @JSBody(script = "return typeof Notification === 'undefined' || !('serviceWorker' in navigator)"
            + " ? 'unsupported' : Notification.permission;")
    private static native String state();

    @JSBody(params = "done", script = "try { Notification.requestPermission().then(function () { done(); },"
            + " function () { done(); }); } catch (e) { done(); }")
    private static native void request(Done done);

    @JSBody(script = "return document.visibilityState === 'hidden';")
    private static native boolean hidden();

    @JSBody(params = {"title", "body", "tag"}, script = "window.spotterNotificationsShown ="
            + " (window.spotterNotificationsShown || 0) + 1;"
            + " navigator.serviceWorker.ready.then(function (reg) { return reg.showNotification(title,"
            + " {body: body, tag: tag, renotify: true, icon: '/icons/icon-192.png', vibrate: [300, 100, 300]}); })"
            + ".catch(function () {});")
    private static native void notify(String title, String body, String tag);
}
