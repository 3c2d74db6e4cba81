package app.spotter.server.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Values the two drivers hand back in different Java types hash alike; different values never do. */
class CanonicalValueTest {
    private static final Table.Column ID = new Table.Column("id", ColumnKind.TEXT);
    private static final Table.Column FLAG = new Table.Column("flag", ColumnKind.BOOLEAN);
    private static final Table.Column COUNT = new Table.Column("n", ColumnKind.INTEGER);
    private static final Table.Column WEIGHT = new Table.Column("kg", ColumnKind.REAL);
    private static final Table TABLE = new Table("t", List.of(ID, FLAG, COUNT, WEIGHT), List.of(ID));

    private static String sha(Object[]... rows) {
        TableDigest digest = new TableDigest(TABLE);
        for (Object[] row : rows) {
            digest.add(row);
        }
        return digest.finish().sha256();
    }

    @Test
    void sqliteIntegersAndPostgresBooleansAndLongsHashAlike() {
        assertEquals(sha(new Object[] {"a", 1, 7, 80.0}), sha(new Object[] {"a", true, 7L, 80.0}));
        assertEquals(sha(new Object[] {"a", 0, 7, 80}), sha(new Object[] {"a", false, 7L, 80.0}));
    }

    @Test
    void differentValuesAndNullsHashApart() {
        String base = sha(new Object[] {"a", 1, 7, 80.0});
        assertNotEquals(base, sha(new Object[] {"a", 1, 7, 80.5}));
        assertNotEquals(base, sha(new Object[] {"a", 1, null, 80.0}));
        assertNotEquals(sha(new Object[] {"ab", 1, 7, 80.0}), sha(new Object[] {"a", 1, 7, 80.0}));
        assertNotEquals(sha(new Object[] {"", 1, 7, 80.0}), sha(new Object[] {null, 1, 7, 80.0}));
    }

    @Test
    void rowsMustComeInKeyOrderByBytesNotByCollation() {
        // By bytes 'B' (0x42) < 'a' (0x61) < 'é' (0xC3 0xA9); a case-blind or linguistic order puts them otherwise.
        sha(new Object[] {"B", 0, 0, 0.0}, new Object[] {"a", 0, 0, 0.0}, new Object[] {"é", 0, 0, 0.0});
        assertThrows(IllegalStateException.class,
                () -> sha(new Object[] {"a", 0, 0, 0.0}, new Object[] {"B", 0, 0, 0.0}));
        assertThrows(IllegalStateException.class,
                () -> sha(new Object[] {"é", 0, 0, 0.0}, new Object[] {"f", 0, 0, 0.0}));
    }

    @Test
    void aValueTheTargetColumnCannotHoldIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CanonicalValue.forTarget("12 kg", ColumnKind.INTEGER, "workouts.sets_done"));
        assertEquals("workouts.sets_done holds '12 kg' where a number belongs", e.getMessage());
        assertThrows(IllegalStateException.class, () -> CanonicalValue.forTarget("a\u0000b", ColumnKind.TEXT, "x"));
    }
}
