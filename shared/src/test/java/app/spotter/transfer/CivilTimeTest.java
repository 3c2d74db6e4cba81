package app.spotter.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CivilTimeTest {
    @Test
    void civilTimeRoundTripsInTheUsersZone() {
        long t = CivilTime.toEpochMillis(2024, 2, 29, 23, 59, 58, -300);
        assertEquals("2024-02-29 23:59:58", CivilTime.format(t, -300));
        assertEquals(0, CivilTime.toEpochMillis(1970, 1, 1, 0, 0, 0, 0));
        assertEquals("1969-12-31 23:00:00", CivilTime.format(0, -60));
    }

    @Test
    void durationsAndNumbersAreWrittenAsStrongWritesThem() {
        assertEquals("1h 2m", CsvExport.duration(3723));
        assertEquals("45m", CsvExport.duration(2700));
        assertEquals("30s", CsvExport.duration(30));
        assertEquals("100", CsvExport.number(100.0));
        assertEquals("60.5", CsvExport.number(60.5));
    }
}
