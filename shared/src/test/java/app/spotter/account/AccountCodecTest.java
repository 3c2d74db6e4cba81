package app.spotter.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.spotter.json.Json;
import app.spotter.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountCodecTest {
    private static final SignedInUser ALEX = new SignedInUser("u-alex", "Alex", SignedInUser.OWNER);
    private static final SignedInUser SAM = new SignedInUser("u-sam", "Sam \u00e9", SignedInUser.MEMBER);

    @Test
    void anAccountTheListAndTheStateRoundTrip() {
        assertEquals(ALEX, AccountCodec.read(AccountCodec.write(ALEX)));
        assertEquals(List.of(ALEX, SAM), AccountCodec.readList(Json.write(AccountCodec.listToJson(List.of(ALEX,
                SAM)))));
        AuthState signedIn = new AuthState(false, SAM);
        assertEquals(signedIn, AccountCodec.readState(Json.write(AccountCodec.stateToJson(signedIn))));
        AuthState firstRun = new AuthState(true, null);
        assertEquals(firstRun, AccountCodec.readState(Json.write(AccountCodec.stateToJson(firstRun))));
    }

    @Test
    void theWireFormIsTheFirstReleases() {
        assertEquals("{\"id\":\"u-alex\",\"name\":\"Alex\",\"role\":\"owner\"}", AccountCodec.write(ALEX));
        assertEquals("{\"setupNeeded\":true,\"user\":null}",
                Json.write(AccountCodec.stateToJson(new AuthState(true, null))));
    }

    @Test
    void aMissingFieldOrAnUnknownRoleIsAnErrorNotAMember() {
        String json = AccountCodec.write(SAM);
        assertEquals("role", assertThrows(ValidationException.class,
                () -> AccountCodec.read(json.replace("\"role\"", "\"rank\""))).first().field());
        assertEquals("role", assertThrows(ValidationException.class,
                () -> AccountCodec.read(json.replace("member", "admin"))).first().field());
        assertEquals("[0].name", assertThrows(ValidationException.class,
                () -> AccountCodec.readList("[{\"id\":\"u-1\",\"name\":\"\",\"role\":\"owner\"}]")).first().field());
        assertEquals("user", assertThrows(ValidationException.class,
                () -> AccountCodec.readState("{\"setupNeeded\":false}")).first().field());
        assertEquals("user.id", assertThrows(ValidationException.class,
                () -> AccountCodec.readState("{\"setupNeeded\":false,\"user\":{\"name\":\"A\",\"role\":\"owner\"}}"))
                .first().field());
        assertThrows(ValidationException.class, () -> AccountCodec.readState("{\"user\":null}"));
    }

    @Test
    void nobodySignedInIsNull() {
        assertNull(AccountCodec.readState("{\"setupNeeded\":false,\"user\":null}").user());
    }
}
