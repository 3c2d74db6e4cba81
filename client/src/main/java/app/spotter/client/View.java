package app.spotter.client;

import org.teavm.jso.dom.html.HTMLElement;

/** One screen of the app. It draws into the root it is given and stops its timers when it is left. */
public interface View {
    void show(HTMLElement root);

    default void leave() {
    }
}
