package app.spotter.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spotter.json.Json;
import com.grack.nanojson.JsonObject;
import org.junit.jupiter.api.Test;

class ApiExceptionTest {
    @Test
    void invalidNamesTheFieldAndTheProblem() {
        ApiException e = ApiException.invalid("reps", "reps must be a whole number");
        assertEquals(400, e.status());
        assertEquals("{\"error\":\"reps must be a whole number\",\"field\":\"reps\"}", Json.write(e.body()));
    }

    @Test
    void aRefusalOfTheWholeRequestHasNoField() {
        assertEquals("{\"error\":\"Sign in first\"}", Json.write(ApiException.unauthorized("Sign in first").body()));
        assertEquals("{\"error\":\"Workout not found\"}", Json.write(ApiException.notFound("Workout").body()));
    }

    @Test
    void eachFactoryAnswersItsOwnStatus() {
        assertEquals(401, ApiException.unauthorized("m").status());
        assertEquals(403, ApiException.forbidden("", "m").status());
        assertEquals(404, ApiException.notFound("m").status());
        assertEquals(409, ApiException.conflict("name", "m").status());
        assertEquals(410, ApiException.gone("sessionId", "m").status());
        assertEquals(412, ApiException.preconditionFailed("partial", "m").status());
        assertEquals(413, ApiException.tooLarge("m").status());
        assertEquals(415, ApiException.unsupportedMediaType("m").status());
        assertEquals(429, ApiException.tooManyRequests("m").status());
        assertEquals(503, ApiException.unavailable("m").status());
        assertEquals(408, ApiException.withStatus(408, "m").status());
    }

    @Test
    void withAddsToTheBodyAndLeavesTheOriginalAlone() {
        ApiException gone = ApiException.gone("sessionId", "This workout was deleted");
        JsonObject workout = new JsonObject();
        workout.put("sessionId", "s1");
        ApiException withCopy = gone.with("reason", "deleted").with("workout", workout);
        assertEquals("{\"error\":\"This workout was deleted\",\"field\":\"sessionId\",\"reason\":\"deleted\","
                + "\"workout\":{\"sessionId\":\"s1\"}}", Json.write(withCopy.body()));
        assertEquals(410, withCopy.status());
        assertEquals("{\"error\":\"This workout was deleted\",\"field\":\"sessionId\"}", Json.write(gone.body()));
    }
}
