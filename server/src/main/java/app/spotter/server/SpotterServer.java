package app.spotter.server;

import app.spotter.server.auth.Accounts;
import app.spotter.server.auth.AuthRoutes;
import app.spotter.server.auth.LoginLimiter;
import app.spotter.server.auth.PasswordHasher;
import app.spotter.server.auth.RequestGuards;
import app.spotter.server.auth.SessionCookie;
import app.spotter.server.auth.SignIns;
import app.spotter.server.auth.User;
import app.spotter.server.auth.UserRoutes;
import app.spotter.server.db.Database;
import app.spotter.server.drafts.DraftRoutes;
import app.spotter.server.drafts.DraftStore;
import app.spotter.server.history.HistoryQueries;
import app.spotter.server.history.HistoryRoutes;
import app.spotter.server.http.Api;
import app.spotter.server.http.ErrorHandlers;
import app.spotter.server.http.HostAllowList;
import app.spotter.server.http.HttpLimits;
import app.spotter.server.http.JettySetup;
import app.spotter.server.templates.StarterTemplates;
import app.spotter.server.templates.TemplateRoutes;
import app.spotter.server.templates.TemplateStore;
import app.spotter.server.transfer.DataTransfer;
import app.spotter.server.transfer.TransferRoutes;
import app.spotter.server.workouts.WorkoutLog;
import app.spotter.server.workouts.WorkoutRoutes;
import app.spotter.validation.Limits;
import com.grack.nanojson.JsonObject;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/** The whole server: HTTP API, the compiled client, and the database behind them, wired by hand. */
public final class SpotterServer {
    /** App routes answered with the app's HTML, so a reload works on any screen. */
    private static final String[] APP_ROUTES = {"/workouts", "/history", "/progress", "/settings"};

    private final Database db;
    private final Javalin javalin;

    /**
     * How the server meets the network: the password hash cost, whether a trusted HTTPS proxy is in front, the host
     * names it answers to for state changes, and how much of it one client may hold.
     */
    public record Security(PasswordHasher hasher, boolean behindProxy, HostAllowList hosts, HttpLimits limits) {
        /** Local host names only, household limits. */
        public Security(PasswordHasher hasher, boolean behindProxy) {
            this(hasher, behindProxy, HostAllowList.localOnly(), HttpLimits.household());
        }
    }

    public SpotterServer(Database db, LongSupplier clock, Security security) {
        this.db = db;
        TemplateStore templates = new TemplateStore(db, clock, () -> UUID.randomUUID().toString());
        Consumer<User> welcome = user -> StarterTemplates.seed(templates, user.id());
        Accounts accounts = new Accounts(db, security.hasher(), clock, () -> UUID.randomUUID().toString());
        SignIns signIns = new SignIns(db, clock);
        SessionCookie cookie = new SessionCookie(security.behindProxy());
        RequestGuards guards = new RequestGuards(signIns, cookie);
        AuthRoutes authRoutes = new AuthRoutes(accounts, signIns, cookie, new LoginLimiter(db, clock),
                security.behindProxy(), welcome, clock);
        UserRoutes userRoutes = new UserRoutes(accounts, welcome);
        TemplateRoutes templateRoutes = new TemplateRoutes(templates);
        WorkoutLog log = new WorkoutLog(db, clock);
        DraftRoutes draftRoutes = new DraftRoutes(new DraftStore(db, clock), log, clock);
        WorkoutRoutes workoutRoutes = new WorkoutRoutes(log, clock);
        HistoryRoutes historyRoutes = new HistoryRoutes(new HistoryQueries(db), log);
        TransferRoutes transferRoutes = new TransferRoutes(templates, log,
                new DataTransfer(db, clock, () -> UUID.randomUUID().toString()), clock);
        this.javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = Limits.BODY_MAX_BYTES;
            JettySetup.apply(config, security.limits(), security.hosts(), security.behindProxy(), clock);
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/webroot";
                files.location = Location.CLASSPATH;
                // The shell's file names carry no version: revalidate every time so the service worker (sw.js
                // above all) and the files it caches are never an old copy from the HTTP cache.
                files.headers = Map.of("Cache-Control", "no-cache");
                files.mimeTypes.add("application/manifest+json", "webmanifest");
            });
            for (String route : APP_ROUTES) {
                config.spaRoot.addFile(route, "/webroot/index.html", Location.CLASSPATH);
            }
            ErrorHandlers.register(config);
            guards.register(config.routes);
            config.routes.get("/api/health", ctx -> {
                JsonObject body = new JsonObject();
                body.put("status", "ok");
                Api.json(ctx, 200, body);
            });
            authRoutes.register(config.routes);
            userRoutes.register(config.routes);
            templateRoutes.register(config.routes);
            draftRoutes.register(config.routes);
            workoutRoutes.register(config.routes);
            historyRoutes.register(config.routes);
            transferRoutes.register(config.routes);
        });
    }

    public SpotterServer start(int port) {
        javalin.start(port);
        return this;
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }

    public Database database() {
        return db;
    }
}
