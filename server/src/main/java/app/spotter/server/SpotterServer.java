package app.spotter.server;

import app.spotter.server.auth.Accounts;
import app.spotter.server.auth.ApiRoutes;
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
import app.spotter.server.exercises.CustomExerciseRoutes;
import app.spotter.server.exercises.CustomExerciseStore;
import app.spotter.server.exercises.ExerciseMerge;
import app.spotter.server.history.HistoryQueries;
import app.spotter.server.history.HistoryRoutes;
import app.spotter.server.ops.AnsweredRequests;
import app.spotter.server.ops.Metrics;
import app.spotter.server.ops.MetricsAccess;
import app.spotter.server.ops.Operations;
import app.spotter.server.ops.OpsRoutes;
import app.spotter.server.ops.Readiness;
import app.spotter.server.ops.RequestObserver;
import app.spotter.server.ops.RequestRoute;
import app.spotter.server.http.ErrorHandlers;
import app.spotter.server.http.HostAllowList;
import app.spotter.server.http.HttpLimits;
import app.spotter.server.http.JettySetup;
import app.spotter.server.http.PlayerPage;
import app.spotter.server.templates.StarterTemplates;
import app.spotter.server.templates.TemplateRoutes;
import app.spotter.server.templates.TemplateStore;
import app.spotter.server.transfer.DataTransfer;
import app.spotter.server.transfer.ImportCatalog;
import app.spotter.server.transfer.TransferRoutes;
import app.spotter.server.workouts.WorkoutLog;
import app.spotter.server.workouts.WorkoutRoutes;
import app.spotter.validation.Limits;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/** The whole server: HTTP API, the compiled client, and the database behind them, wired by hand. */
public final class SpotterServer {
    /** App routes answered with the app's HTML, so a reload works on any screen. */
    private static final String[] APP_ROUTES = {"/workouts", "/history", "/progress", "/settings"};

    private final Database db;
    private final Javalin javalin;
    private final Readiness readiness;
    private final List<ApiRoutes.Declared> declaredRoutes = new ArrayList<>();

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

    /** With metrics off and the standard request log. */
    public SpotterServer(Database db, LongSupplier clock, Security security) {
        this(db, clock, security, Operations.standard());
    }

    public SpotterServer(Database db, LongSupplier clock, Security security, Operations given) {
        this.db = db;
        // The pool gauge comes from the database itself, so every way of starting a server reports its pool.
        Operations ops = given.pool().isPresent() ? given : db.connectionPool().map(given::withPool).orElse(given);
        // Database.open has brought the file to the last migration step: that is the version this server expects.
        this.readiness = Readiness.of(db, db.schemaVersion(), ops.readyTimeout());
        Optional<Metrics> metrics = ops.metrics() ? Optional.of(new Metrics(ops.pool())) : Optional.empty();
        List<AnsweredRequests> observers = new ArrayList<>();
        observers.add(ops.requestLog());
        metrics.ifPresent(observers::add);
        MetricsAccess metricsAccess = new MetricsAccess(ops.metricsToken());
        OpsRoutes opsRoutes = new OpsRoutes(readiness, metrics, metricsAccess);
        TemplateStore templates = new TemplateStore(db, clock, () -> UUID.randomUUID().toString());
        Consumer<User> welcome = user -> StarterTemplates.seed(templates, user.id());
        SignIns signIns = new SignIns(db, clock);
        Accounts accounts = new Accounts(db, security.hasher(), clock, () -> UUID.randomUUID().toString(), signIns);
        SessionCookie cookie = new SessionCookie(security.behindProxy());
        RequestGuards guards = new RequestGuards(signIns, cookie, metricsAccess::check);
        AuthRoutes authRoutes = new AuthRoutes(accounts, signIns, cookie, new LoginLimiter(db, clock),
                security.behindProxy(), welcome, clock);
        UserRoutes userRoutes = new UserRoutes(accounts, welcome);
        TemplateRoutes templateRoutes = new TemplateRoutes(templates);
        WorkoutLog log = new WorkoutLog(db, clock);
        DraftRoutes draftRoutes = new DraftRoutes(new DraftStore(db, clock), log, clock);
        WorkoutRoutes workoutRoutes = new WorkoutRoutes(log, clock);
        HistoryRoutes historyRoutes = new HistoryRoutes(new HistoryQueries(db), log);
        CustomExerciseStore customExercises = new CustomExerciseStore(db, ImportCatalog.get(), clock,
                CustomExerciseStore::newId);
        TransferRoutes transferRoutes = new TransferRoutes(templates, log,
                new DataTransfer(db, clock, () -> UUID.randomUUID().toString()), clock, customExercises);
        CustomExerciseRoutes exerciseRoutes = new CustomExerciseRoutes(customExercises,
                new ExerciseMerge(db, customExercises));
        this.javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = Limits.BODY_MAX_BYTES;
            JettySetup.apply(config, security.limits(), security.hosts(), security.behindProxy(), clock);
            // Outside the front door, so its refusals are logged and counted too.
            config.jetty.modifyServer(server -> server.setHandler(
                    new RequestObserver(server.getHandler(), System::nanoTime, observers)));
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
            config.routes.beforeMatched(RequestRoute::note);
            guards.register(config.routes);
            ApiRoutes routes = new ApiRoutes(config.routes);
            RouteTree.declare(routes, new RouteTree.Controllers(opsRoutes, authRoutes, userRoutes, templateRoutes,
                    draftRoutes, workoutRoutes, historyRoutes, transferRoutes, exerciseRoutes, new PlayerPage()));
            declaredRoutes.addAll(routes.declared());
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
        readiness.close();
    }

    /** The route tree as declared: method, path and the access each needs. */
    public List<ApiRoutes.Declared> routes() {
        return List.copyOf(declaredRoutes);
    }

    /** The HTTP endpoints Javalin registered, with the roles they carry: what the route audit checks. */
    public List<Endpoint> endpoints() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream().map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod()).toList();
    }

    public Database database() {
        return db;
    }
}
