package app.spotter.server.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestPostgresTest {
    @Test
    void eachFreshDatabaseStartsEmptyAndIsItsOwn() throws SQLException {
        TestPostgres pg = TestPostgres.cluster();
        String first = pg.freshDatabaseUrl();
        String second = pg.freshDatabaseUrl();
        assertNotEquals(first, second);
        try (Connection c = DriverManager.getConnection(first, TestPostgres.USER, TestPostgres.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE marker (n INTEGER)");
            s.execute("INSERT INTO marker VALUES (1)");
        }
        try (Connection c = DriverManager.getConnection(second, TestPostgres.USER, TestPostgres.PASSWORD);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables"
                     + " WHERE table_name = 'marker'")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }

    @Test
    void theClusterIsDebiansPostgresqlFifteenOrLater() throws SQLException {
        try (Connection c = DriverManager.getConnection(TestPostgres.cluster().freshDatabaseUrl(), TestPostgres.USER,
                TestPostgres.PASSWORD); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW server_version_num")) {
            rs.next();
            assertTrue(Integer.parseInt(rs.getString(1)) >= 150000, rs.getString(1));
        }
    }
}
