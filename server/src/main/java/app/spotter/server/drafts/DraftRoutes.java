package app.spotter.server.drafts;

import app.spotter.server.auth.CurrentUser;
import app.spotter.server.http.Api;
import app.spotter.server.http.ApiException;
import app.spotter.server.http.QueryParams;
import app.spotter.server.workouts.Tombstones;
import app.spotter.server.workouts.WorkoutLog;
import app.spotter.server.workouts.WorkoutRoutes;
import app.spotter.workout.DraftAnswerCodec;
import app.spotter.workout.SessionEndedCodec;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.LongSupplier;

/** HTTP for the session draft, wire format 2: {@code /api/session-draft} (the client's WorkoutDraftApi). */
public final class DraftRoutes {
    private final DraftStore store;
    private final WorkoutLog log;
    private final LongSupplier clock;

    public DraftRoutes(DraftStore store, WorkoutLog log, LongSupplier clock) {
        this.store = store;
        this.log = log;
        this.clock = clock;
    }


    public void get(Context ctx) {
        Optional<DraftStore.Stored> draft = store.current(CurrentUser.id(ctx));
        if (draft.isEmpty()) {
            ctx.status(204);
        } else {
            Api.jsonText(ctx, 200, WorkoutCodec.write(draft.get().draft()));
        }
    }

    /** {@code PUT ?baseRevision=n[&replace=true]}, body a whole document or a delta ({@code "partial": true}). */
    public void sync(Context ctx) {
        long now = clock.getAsLong();
        Workout incoming = WorkoutCodec.read(Api.jsonBody(ctx), now);
        if (incoming.isFinished()) {
            throw ApiException.invalid("finishedAt",
                    "A finished workout is logged with POST /api/workouts, not synced as a draft");
        }
        long baseRevision = QueryParams.longValue(ctx, "baseRevision", 0);
        DraftStore.SyncResult result = store.sync(CurrentUser.id(ctx), incoming, baseRevision,
                "true".equals(ctx.queryParam("replace")));
        if (result instanceof DraftStore.SyncResult.Merged merged) {
            Api.jsonText(ctx, 200, DraftAnswerCodec.write(merged.revision(), now,
                    merged.sendBack() ? merged.json() : null));
        } else if (result instanceof DraftStore.SyncResult.NoCopy) {
            throw ApiException.preconditionFailed("partial",
                    "The server has no copy of this session: send the whole document");
        } else if (result instanceof DraftStore.SyncResult.OtherSessionActive other) {
            throw ApiException.conflict("sessionId", "Another workout is in progress: " + other.other().nameValue())
                    .with(DraftAnswerCodec.otherSession(other.other()));
        } else if (result instanceof DraftStore.SyncResult.Ended ended) {
            throw ended(CurrentUser.id(ctx), incoming.sessionId(), ended.reason());
        }
    }

    public void discard(Context ctx) {
        String userId = CurrentUser.id(ctx);
        String sessionId = ctx.pathParam("sessionId");
        DraftStore.Discard outcome = store.discard(userId, sessionId);
        if (outcome == DraftStore.Discard.UNKNOWN) {
            throw ApiException.notFound("Session");
        }
        if (outcome == DraftStore.Discard.LOGGED) {
            throw ended(userId, sessionId, Tombstones.LOGGED);
        }
        Api.jsonText(ctx, 200, DraftAnswerCodec.write(new DraftAnswerCodec.Discarded(sessionId, Tombstones.DISCARDED)));
    }

    // Logged: the logged copy goes with the 410, so the device can offer "Add to logged workout" (amend).
    private ApiException ended(String userId, String sessionId, String reason) {
        if (!Tombstones.LOGGED.equals(reason)) {
            return WorkoutRoutes.gone(reason);
        }
        ApiException logged = ApiException.gone("sessionId", "This workout was already logged");
        return log.find(userId, sessionId)
                .map(workout -> logged.with(SessionEndedCodec.members(SessionEndedCodec.Ended.loggedAs(workout))))
                .orElse(logged);
    }
}
