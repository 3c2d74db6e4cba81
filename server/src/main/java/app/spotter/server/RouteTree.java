package app.spotter.server;

import static app.spotter.server.auth.Access.MEMBER;
import static app.spotter.server.auth.Access.OPERATOR;
import static app.spotter.server.auth.Access.OWNER;
import static app.spotter.server.auth.Access.PUBLIC;

import app.spotter.server.auth.ApiRoutes;
import app.spotter.server.auth.AuthRoutes;
import app.spotter.server.auth.UserRoutes;
import app.spotter.server.drafts.DraftRoutes;
import app.spotter.server.exercises.CustomExerciseRoutes;
import app.spotter.server.history.HistoryRoutes;
import app.spotter.server.http.PlayerPage;
import app.spotter.server.ops.OpsRoutes;
import app.spotter.server.templates.TemplateRoutes;
import app.spotter.server.transfer.TransferRoutes;
import app.spotter.server.workouts.WorkoutRoutes;

/**
 * Every route of the server and who may call it, in one place (issue 13). The feature classes hold the handlers;
 * {@link app.spotter.server.auth.RequestGuards} checks the access before any handler runs.
 */
final class RouteTree {
    /** The handlers, one object per feature. */
    record Controllers(OpsRoutes ops, AuthRoutes auth, UserRoutes users, TemplateRoutes templates,
                       DraftRoutes drafts, WorkoutRoutes workouts, HistoryRoutes history, TransferRoutes transfer,
                       CustomExerciseRoutes exercises, PlayerPage player) {
    }

    private RouteTree() {
    }

    static void declare(ApiRoutes routes, Controllers c) {
        // The one app page with a route of its own (the others are index.html, served for every app path).
        routes.get(PlayerPage.PATH, PUBLIC, c.player()::serve);
        routes.get("/api/health", PUBLIC, c.ops()::health)
                .get("/api/ready", PUBLIC, c.ops()::ready);
        if (c.ops().metricsEnabled()) {
            routes.get("/metrics", OPERATOR, c.ops()::metrics);
        }
        routes.get("/api/auth/state", PUBLIC, c.auth()::state)
                .post("/api/auth/setup", PUBLIC, c.auth()::setup)
                .post("/api/auth/login", PUBLIC, c.auth()::login)
                .post("/api/auth/logout", PUBLIC, c.auth()::logout);
        routes.get("/api/users", OWNER, c.users()::list)
                .post("/api/users", OWNER, c.users()::add)
                .delete("/api/users/{id}", OWNER, c.users()::remove)
                .put("/api/users/{id}/password", OWNER, c.users()::resetPassword);
        routes.get("/api/templates", MEMBER, c.templates()::list)
                .post("/api/templates", MEMBER, c.templates()::create)
                .put("/api/templates/order", MEMBER, c.templates()::reorder)
                .get("/api/templates/{id}", MEMBER, c.templates()::get)
                .put("/api/templates/{id}", MEMBER, c.templates()::update)
                .delete("/api/templates/{id}", MEMBER, c.templates()::delete);
        routes.get("/api/session-draft", MEMBER, c.drafts()::get)
                .put("/api/session-draft", MEMBER, c.drafts()::sync)
                .delete("/api/session-draft/{sessionId}", MEMBER, c.drafts()::discard);
        routes.post("/api/workouts", MEMBER, c.workouts()::logWorkout)
                .get("/api/workouts", MEMBER, c.workouts()::list)
                .get("/api/workouts/{id}", MEMBER, c.workouts()::get)
                .delete("/api/workouts/{id}", MEMBER, c.workouts()::delete)
                .post("/api/workouts/{id}/amend", MEMBER, c.workouts()::amend);
        routes.get("/api/history", MEMBER, c.history()::page)
                .get("/api/workouts/{id}/summary", MEMBER, c.history()::summary)
                .get("/api/exercises", MEMBER, c.history()::exercises)
                .get("/api/exercises/last", MEMBER, c.history()::lastTime)
                .get("/api/progress", MEMBER, c.history()::progress)
                .get("/api/progress/weekly", MEMBER, c.history()::weekly);
        routes.get("/api/custom-exercises", MEMBER, c.exercises()::list)
                .post("/api/custom-exercises", MEMBER, c.exercises()::add)
                .put("/api/custom-exercises/{id}", MEMBER, c.exercises()::update)
                .delete("/api/custom-exercises/{id}", MEMBER, c.exercises()::delete)
                .post("/api/exercises/merge", MEMBER, c.exercises()::merge);
        routes.get("/api/export", MEMBER, c.transfer()::exportJson)
                .get("/api/export/csv", MEMBER, c.transfer()::exportCsv)
                .post("/api/import", MEMBER, c.transfer()::importJson)
                .post("/api/import/preview", MEMBER, c.transfer()::previewJson)
                .post("/api/import/strong", MEMBER, c.transfer()::importStrong)
                .post("/api/import/strong/preview", MEMBER, c.transfer()::previewStrong)
                .post("/api/import/hevy", MEMBER, c.transfer()::importHevy)
                .post("/api/import/hevy/preview", MEMBER, c.transfer()::previewHevy);
    }
}
