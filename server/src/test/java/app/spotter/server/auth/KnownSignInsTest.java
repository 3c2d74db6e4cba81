package app.spotter.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class KnownSignInsTest {
    private static final User SAM = new User("u-sam", "Sam", User.Role.MEMBER);

    @Test
    void aLookupReadBeforeSignInsWereEndedIsNotKept() {
        KnownSignIns known = new KnownSignIns(KnownSignIns.MAX);
        long before = known.generation();
        known.forgetAll(); // a sign-out committed while the lookup was reading the database
        known.remember("h", SAM, 2000, before);
        assertEquals(Optional.empty(), known.find("h", 1000));
        known.remember("h", SAM, 2000, known.generation());
        assertEquals(Optional.of(SAM), known.find("h", 1000));
        assertEquals(Optional.empty(), known.find("h", 2000), "expired");
    }

    @Test
    void withNoCapacityNothingIsKept() {
        KnownSignIns known = new KnownSignIns(0);
        known.remember("h", SAM, 2000, known.generation());
        assertEquals(Optional.empty(), known.find("h", 1000));
    }
}
