package app.spotter.server.drafts;

import app.spotter.json.SessionCodec;
import app.spotter.server.auth.CurrentUser;
import app.spotter.server.http.Api;
import app.spotter.server.http.ApiException;
import app.spotter.server.workouts.WorkoutLog;
import app.spotter.session.WorkoutSession;
import com.grack.nanojson.JsonObject;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.LongSupplier;

/** HTTP for the session draft: {@code /api/session-draft} (the client's {@code syncDraftSession}). */
public final class DraftRoutes {
    private final DraftStore store;
    private final WorkoutLog log;
    private final LongSupplier clock;

    public DraftRoutes(DraftStore store, WorkoutLog log, LongSupplier clock) {
        this.store = store;
        this.log = log;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/session-draft", this::get);
        routes.put("/api/session-draft", this::sync);
        routes.delete("/api/session-draft/{sessionId}", this::discard);
    }

    private void get(Context ctx) {
        Optional<WorkoutSession> draft = store.current(CurrentUser.id(ctx));
        if (draft.isEmpty()) {
            ctx.status(204);
        } else {
            Api.jsonText(ctx, 200, SessionCodec.write(draft.get()));
        }
    }

    private void sync(Context ctx) {
        WorkoutSession incoming = SessionCodec.read(Api.jsonBody(ctx));
        if (incoming.isFinished()) {
            throw ApiException.badRequest("A finished workout is logged with POST /api/workouts, not synced as a draft",
                    "finishedAt");
        }
        DraftStore.SyncResult result = store.sync(CurrentUser.id(ctx), incoming,
                "true".equals(ctx.queryParam("replace")));
        if (result instanceof DraftStore.SyncResult.Stored stored) {
            JsonObject body = new JsonObject();
            body.put("revision", stored.draft().revision());
            body.put("serverTime", clock.getAsLong());
            body.put("draft", SessionCodec.toJson(stored.draft()));
            Api.json(ctx, 200, body);
        } else if (result instanceof DraftStore.SyncResult.OtherSessionActive other) {
            JsonObject extra = new JsonObject();
            extra.put("draft", SessionCodec.toJson(other.other()));
            throw new ApiException(409, "Another workout is in progress: " + other.other().name(), "sessionId", extra);
        } else if (result instanceof DraftStore.SyncResult.Ended ended) {
            JsonObject extra = new JsonObject();
            extra.put("reason", ended.reason());
            // The logged copy lets the device show what it changed that the log lacks (shared LateChanges).
            log.find(CurrentUser.id(ctx), incoming.sessionId())
                    .ifPresent(workout -> extra.put("workout", SessionCodec.toJson(workout)));
            throw new ApiException(410, "This workout was already " + ended.reason(), "sessionId", extra);
        }
    }

    private void discard(Context ctx) {
        store.discard(CurrentUser.id(ctx), ctx.pathParam("sessionId"));
        ctx.status(204);
    }
}
