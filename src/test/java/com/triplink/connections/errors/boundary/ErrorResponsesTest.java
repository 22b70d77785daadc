package com.triplink.connections.errors.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorResponsesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "application/json|application/json",
        "application/json;charset=utf-8|application/json",
        "application/xml|application/xml",
        "text/xml|application/xml",
        "*/*|application/xml",
        "text/plain|application/xml",
        "application/xml, application/json;q=0.5|application/xml",
        "application/json, application/xml;q=0.5|application/json",
        "application/json;q=0.9, */*;q=0.1|application/json",
        "application/json;q=oops|application/xml",
        "application/json, application/xml, text/xml|application/json",
        "text/xml, application/json|application/xml"})
    void theErrorFormatFollowsThePreferenceOfAccept(String accept, String expected) {
        MediaType format = ErrorResponses.formatFor(accept);

        assertEquals(expected, format.getType() + "/" + format.getSubtype(), accept);
    }
}
