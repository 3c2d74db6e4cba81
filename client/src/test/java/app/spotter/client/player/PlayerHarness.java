package app.spotter.client.player;

import app.spotter.json.Json;
import app.spotter.json.SessionCodec;
import app.spotter.session.WorkoutSession;
import com.grack.nanojson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** A mounted player on a fake device, with a view that records what it was asked to draw. */
final class PlayerHarness implements PlayerController.Listener {
    final Fakes device;
    final PlayerController player;
    final List<String> drawn = new ArrayList<>();
    Runnable onRedraw = () -> { };
    int refreshes;

    PlayerHarness(Fakes device) {
        this.device = device;
        this.player = new PlayerController(device.platform, device.keys);
    }

    /** Puts a session on the device as if a previous page had saved it. */
    static WorkoutSession storeLocally(Fakes device, WorkoutSession session) {
        new LocalSessionStore(device.storage, device.keys, device.time).save(session);
        return session;
    }

    PlayerHarness mount() {
        player.mount(this);
        return this;
    }

    PlayerState state() {
        return player.state();
    }

    WorkoutSession session() {
        return player.state().session();
    }

    PlayerActions actions() {
        return player.actions();
    }

    /** The session as stored in the device's active key, or null. */
    WorkoutSession stored() {
        String raw = device.storage.get("spotter.v1.u.u-1.activeSession");
        return raw == null ? null : SessionCodec.fromJson(Json.parseObject(raw).getObject("sessionData"));
    }

    long storedRestTimeRemaining() {
        JsonObject wrapper = Json.parseObject(device.storage.get("spotter.v1.u.u-1.activeSession"));
        return wrapper.getLong("restTimeRemaining");
    }

    @Override
    public void redraw() {
        drawn.add(player.state().phase().name());
        onRedraw.run();
    }

    @Override
    public void refresh() {
        refreshes++;
    }
}
