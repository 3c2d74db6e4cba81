package app.spotter.client.player;

import app.spotter.client.platform.GymFloor;
import app.spotter.client.platform.RestNotifier;
import app.spotter.client.platform.RestSound;
import app.spotter.client.platform.ScreenAwake;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The gym-floor services of a test device: each records what the player asked of it. */
final class FakeGymFloor implements RestSound, ScreenAwake, RestNotifier {
    final List<Integer> played = new ArrayList<>();
    /** The volumes of the window-end sound, apart from {@link #played}. */
    final List<Integer> windowEnds = new ArrayList<>();
    final List<String> shown = new ArrayList<>();
    int prepared;
    int keeps;
    int releases;
    boolean held;
    boolean hidden;
    Permission permission = Permission.NOT_ASKED;
    /** What the user answers when the browser asks. */
    Permission answer = Permission.GRANTED;
    int asked;

    GymFloor floor() {
        return new GymFloor(this, this, this);
    }

    @Override
    public void prepare() {
        prepared++;
    }

    @Override
    public void play(int volumePercent) {
        played.add(volumePercent);
    }

    @Override
    public void playWindowEnd(int volumePercent) {
        windowEnds.add(volumePercent);
    }

    @Override
    public void keep() {
        keeps++;
        held = true;
    }

    @Override
    public void release() {
        releases++;
        held = false;
    }

    @Override
    public boolean held() {
        return held;
    }

    @Override
    public Permission permission() {
        return permission;
    }

    @Override
    public void ask(Consumer<Permission> answered) {
        asked++;
        permission = answer;
        answered.accept(answer);
    }

    @Override
    public boolean pageHidden() {
        return hidden;
    }

    @Override
    public void show(String title, String body, String tag) {
        if (permission == Permission.GRANTED) {
            shown.add(title + ": " + body);
        }
    }
}
