package app.spotter.server.support;

import app.spotter.server.SpotterServer;
import app.spotter.server.auth.PasswordHasher;
import app.spotter.server.db.Database;
import app.spotter.server.http.HostAllowList;
import app.spotter.server.http.HttpLimits;
import app.spotter.server.ops.Operations;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * The real server on a random port over a real SQLite file (or, in the PostgreSQL lane, a fresh PostgreSQL database
 * standing for it: {@link TestDatabases}), for API and browser tests. {@link #start} also creates
 * the owner account and signs in, so tests about data talk to the API as a signed-in user would.
 */
public final class RunningServer implements AutoCloseable {
    public static final String OWNER = "owner";
    public static final String PASSWORD = "correct horse battery";
    /** Tests hash with a low cost so they stay fast; the production cost is checked in PasswordHasherTest. */
    public static final PasswordHasher TEST_HASHER = new PasswordHasher(1_000);
    /** Household limits but a request rate that suites sending thousands of requests in a row stay under. */
    public static final HttpLimits TEST_LIMITS = HttpLimits.household().withRequestsPerSecond(20_000);

    private final SpotterServer server;
    private final Path dbFile;
    private final ApiClient owner;

    private RunningServer(SpotterServer server, Path dbFile) {
        this.server = server;
        this.dbFile = dbFile;
        this.owner = client();
    }

    /** Starts on a new database file in {@code dir} with the real clock, with the owner signed in. */
    public static RunningServer start(Path dir) {
        return start(dir.resolve("spotter.db"), System::currentTimeMillis).setUpOwner();
    }

    /** Starts on a new database file in {@code dir} with these operations settings, with the owner signed in. */
    public static RunningServer start(Path dir, Operations ops) {
        Path dbFile = dir.resolve("spotter.db");
        return start(Database.open(dbFile), dbFile, ops);
    }

    /** Starts on {@code db} (SQLite or PostgreSQL, whatever the lane) with these settings, the owner signed in. */
    public static RunningServer start(Database db, Path dbFile, Operations ops) {
        SpotterServer.Security security = new SpotterServer.Security(TEST_HASHER, false, HostAllowList.localOnly(),
                TEST_LIMITS);
        return new RunningServer(new SpotterServer(db, System::currentTimeMillis, security, ops).start(0), dbFile)
                .setUpOwner();
    }

    /** Starts on a new database with these connection limits, with the owner signed in. */
    public static RunningServer start(Path dir, HttpLimits limits) {
        SpotterServer.Security security = new SpotterServer.Security(TEST_HASHER, false, HostAllowList.localOnly(),
                limits);
        return new RunningServer(new SpotterServer(TestDatabases.open(dir.resolve("spotter.db")),
                System::currentTimeMillis, security).start(0), dir.resolve("spotter.db")).setUpOwner();
    }

    /** Starts over {@code dbFile} (new or existing) with the given clock; nobody is signed in. */
    public static RunningServer start(Path dbFile, LongSupplier clock) {
        SpotterServer.Security security = new SpotterServer.Security(TEST_HASHER, false, HostAllowList.localOnly(),
                TEST_LIMITS);
        return new RunningServer(new SpotterServer(TestDatabases.open(dbFile), clock, security).start(0), dbFile);
    }

    /** Starts over an existing {@code dbFile} on a given port (one a stopped server used): the browser sees the same
     * origin come back, as after a network outage; nobody is signed in. */
    public static RunningServer restart(Path dbFile, int port) {
        SpotterServer.Security security = new SpotterServer.Security(TEST_HASHER, false, HostAllowList.localOnly(),
                TEST_LIMITS);
        return new RunningServer(new SpotterServer(TestDatabases.open(dbFile), System::currentTimeMillis, security)
                .start(port), dbFile);
    }

    public int port() {
        return server.port();
    }

    /** Starts on a new database as if behind a reverse proxy that terminates HTTPS; nobody is signed in. */
    public static RunningServer startBehindProxy(Path dbFile) {
        return startBehindProxy(dbFile, System::currentTimeMillis);
    }

    /** As {@link #startBehindProxy(Path)} with the given clock. */
    public static RunningServer startBehindProxy(Path dbFile, LongSupplier clock) {
        SpotterServer.Security security = new SpotterServer.Security(TEST_HASHER, true, HostAllowList.localOnly(),
                TEST_LIMITS);
        return new RunningServer(new SpotterServer(TestDatabases.open(dbFile), clock, security).start(0), dbFile);
    }

    /** Creates the owner account through first-run setup; this server's default client is then signed in. */
    public RunningServer setUpOwner() {
        ApiClient.Reply reply = owner.post("/api/auth/setup", ApiClient.credentials(OWNER, PASSWORD));
        if (reply.status() != 201) {
            throw new AssertionError("setup failed: " + reply);
        }
        return this;
    }

    /** Signs this server's default client in as the owner (on a database where setup already happened). */
    public RunningServer signInOwner() {
        owner.signIn(OWNER, PASSWORD);
        return this;
    }

    /** The owner adds a household member; returns a client signed in as that member. */
    public ApiClient addMember(String name, String password) {
        ApiClient.Reply reply = owner.post("/api/users", ApiClient.credentials(name, password));
        if (reply.status() != 201) {
            throw new AssertionError("adding " + name + " failed: " + reply);
        }
        return client().signIn(name, password);
    }

    /** A new client with an empty cookie jar. */
    public ApiClient client() {
        return new ApiClient(this::url);
    }

    public ApiClient owner() {
        return owner;
    }

    public String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    public Path dbFile() {
        return dbFile;
    }

    /** The server itself, for audits of what it registered. */
    public SpotterServer spotter() {
        return server;
    }

    public Database database() {
        return server.database();
    }

    public ApiClient.Reply get(String path) {
        return owner.get(path);
    }

    public ApiClient.Reply delete(String path) {
        return owner.delete(path);
    }

    public ApiClient.Reply post(String path, String json) {
        return owner.post(path, json);
    }

    public ApiClient.Reply put(String path, String json) {
        return owner.put(path, json);
    }

    public ApiClient.Reply send(HttpRequest.Builder request) {
        return owner.send(request);
    }

    public HttpRequest.Builder jsonRequest(String path) {
        return owner.jsonRequest(path);
    }

    @Override
    public void close() {
        server.stop();
        server.database().close();
    }
}
