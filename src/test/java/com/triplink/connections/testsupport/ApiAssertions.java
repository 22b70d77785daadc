package com.triplink.connections.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/** Assertions on the API's answers. */
public final class ApiAssertions {

    private ApiAssertions() {
    }

    /**
     * The answer is this status with a JSON error body of this code, a message containing the
     * text, and an error ID.
     */
    public static void assertError(HttpResponse<String> response, int status, String code,
            String messagePart) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/json"), "JSON error body: " + response.headers());
        JsonObject error = Api.json(response);
        assertEquals(code, error.getString("Code"), response.body());
        assertTrue(error.getString("Message").contains(messagePart), response.body());
        assertFalse(error.getString("ErrorId").isBlank(), response.body());
    }
}
