package app.spotter.client.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spotter.client.platform.HttpResponse;
import app.spotter.json.ErrorBodyCodec;
import app.spotter.validation.FieldError;
import org.junit.jupiter.api.Test;

class ApiErrorsTest {
    @Test
    void theServersBodyIsTheError() {
        FieldError name = new FieldError("name", "A template with this name exists");
        assertEquals(name, ApiErrors.from(new HttpResponse(409, ErrorBodyCodec.write(name))));
        FieldError whole = FieldError.whole("Workout not found");
        assertEquals(whole, ApiErrors.from(new HttpResponse(404, ErrorBodyCodec.write(whole))));
    }

    @Test
    void aBodyThatIsNotARefusalSaysTheStatus() {
        FieldError fallback = FieldError.whole("The server answered 502. Try again.");
        assertEquals(fallback, ApiErrors.from(new HttpResponse(502, "<html>Bad gateway</html>")));
        assertEquals(fallback, ApiErrors.from(new HttpResponse(502, "")));
        assertEquals(fallback, ApiErrors.from(new HttpResponse(502, "{\"field\":\"name\"}")));
        assertEquals(fallback, ApiErrors.from(new HttpResponse(502, "{\"error\":null}")));
    }

    @Test
    void noAnswerSaysTheServerCannotBeReached() {
        assertEquals(FieldError.whole("The server cannot be reached. Check your connection and try again."),
                ApiErrors.from(new HttpResponse(HttpResponse.UNREACHABLE, "")));
    }
}
