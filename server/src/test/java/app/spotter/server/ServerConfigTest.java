package app.spotter.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.db.DatabaseLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerConfigTest {
    @Test
    void defaultsArePort7070AndTheDataFolder() {
        ServerConfig config = ServerConfig.from(new String[0], Map.of());
        assertEquals(7070, config.port());
        assertEquals(Path.of("./data/spotter.db"), config.database());
    }

    @Test
    void environmentOverridesDefaultsAndFlagsOverrideEnvironment() {
        Map<String, String> env = Map.of("SPOTTER_PORT", "8080", "SPOTTER_DB", "/srv/a.db");
        assertEquals(new ServerConfig(8080, Path.of("/srv/a.db"), false, false, List.of()),
                ServerConfig.from(new String[0], env));
        assertEquals(new ServerConfig(9000, Path.of("b.db"), false, false, List.of()),
                ServerConfig.from(new String[] {"--port", "9000", "--db", "b.db"}, env));
        assertEquals(new ServerConfig(9001, Path.of("c.db"), false, false, List.of()),
                ServerConfig.from(new String[] {"--port=9001", "--db=c.db"}, env));
    }

    @Test
    void aPostgresqlUrlIsADatabaseWithCredentialsFromTheEnvironmentOnly() {
        Map<String, String> env = Map.of("SPOTTER_DB", "jdbc:postgresql://db.lan/spotter", "SPOTTER_DB_USER", "gym",
                "SPOTTER_DB_PASSWORD", "pw");
        assertEquals(new DatabaseLocation.Postgres("jdbc:postgresql://db.lan/spotter", "gym", "pw"),
                ServerConfig.from(new String[0], env).location());
        assertThrows(IllegalStateException.class, () -> ServerConfig.from(new String[0], env).database());
    }

    @Test
    void aUrlOfAnotherKindIsABadConfigNotAFolderNamedAfterIt() {
        ServerConfig.BadConfig e = assertThrows(ServerConfig.BadConfig.class,
                () -> ServerConfig.from(new String[] {"--db", "jdbc:mysql://host/db"}, Map.of()));
        assertTrue(e.getMessage().contains("jdbc:postgresql://"), e.getMessage());
        assertTrue(ServerConfig.USAGE.contains("--db jdbc:postgresql://host[:port]/database"));
    }

    @Test
    void behindProxyIsOffUnlessAskedFor() {
        assertEquals(false, ServerConfig.from(new String[0], Map.of()).behindProxy());
        assertEquals(true, ServerConfig.from(new String[] {"--behind-proxy"}, Map.of()).behindProxy());
        assertEquals(true, ServerConfig.from(new String[0], Map.of("SPOTTER_BEHIND_PROXY", "true")).behindProxy());
    }

    @Test
    void metricsAreOffUnlessAskedForAndTheirTokenComesFromTheEnvironmentOnly() {
        assertEquals(ServerConfig.MetricsOption.OFF, ServerConfig.from(new String[0], Map.of()).metrics());
        assertTrue(ServerConfig.from(new String[] {"--metrics"}, Map.of()).metrics().enabled());
        ServerConfig fromEnv = ServerConfig.from(new String[0],
                Map.of("SPOTTER_METRICS", "true", "SPOTTER_METRICS_TOKEN", "s3cret-token"));
        assertTrue(fromEnv.metrics().enabled());
        assertEquals(java.util.Optional.of("s3cret-token"), fromEnv.metrics().token());
        assertTrue(!fromEnv.toString().contains("s3cret-token"), "the token is never printed: " + fromEnv);
        assertThrows(ServerConfig.BadConfig.class,
                () -> ServerConfig.from(new String[] {"--metrics-token", "x"}, Map.of()));
        assertTrue(ServerConfig.USAGE.contains("--metrics") && ServerConfig.USAGE.contains("SPOTTER_METRICS_TOKEN"));
    }

    @Test
    void publicUrlsComeFromTheFlagOrTheEnvironmentAndMustBeUrls() {
        assertEquals(List.of("https://gym.example.com"), ServerConfig.from(new String[0],
                Map.of("SPOTTER_PUBLIC_URL", "https://gym.example.com")).publicUrls());
        assertEquals(List.of("https://a.example", "http://b.example:8080"), ServerConfig.from(
                new String[] {"--public-url", "https://a.example, http://b.example:8080"}, Map.of()).publicUrls());
        assertThrows(ServerConfig.BadConfig.class, () -> ServerConfig.from(new String[] {"--public-url",
                "gym.example.com"}, Map.of()));
    }

    @Test
    void badFlagsAreRefusedWithAReason() {
        assertThrows(ServerConfig.BadConfig.class, () -> ServerConfig.from(new String[] {"--port", "x"}, Map.of()));
        assertThrows(ServerConfig.BadConfig.class, () -> ServerConfig.from(new String[] {"--port", "70000"},
                Map.of()));
        assertThrows(ServerConfig.BadConfig.class, () -> ServerConfig.from(new String[] {"--db"}, Map.of()));
        assertThrows(ServerConfig.BadConfig.class, () -> ServerConfig.from(new String[] {"--verbose"}, Map.of()));
    }

    @Test
    void helpListsEveryOption() {
        assertTrue(ServerConfig.wantsHelp(new String[] {"--help"}));
        assertTrue(ServerConfig.USAGE.contains("--port") && ServerConfig.USAGE.contains("--db")
                && ServerConfig.USAGE.contains("SPOTTER_PORT") && ServerConfig.USAGE.contains("SPOTTER_DB"));
    }
}
