package com.triplink.connections.connectionrequests.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.triplink.connections.connectionrequests.entity.PartnerCode;
import com.triplink.connections.errors.control.DomainException;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatusBodyReaderTest {

    private static final MediaType XML = MediaType.APPLICATION_XML_TYPE;
    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE;

    private static PartnerCode read(String body, MediaType type) {
        return StatusBodyReader.read(body.getBytes(StandardCharsets.UTF_8), type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"Status\":\"CREU2\"}", "{\"status\":\"creu2\"}",
        "{\"ID\":null,\"Message\":\"x\",\"STATUS\":\" CREU2 \"}"})
    void jsonBodiesOfEveryShapeAreRead(String body) {
        assertEquals(PartnerCode.CREU2, read(body, JSON));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<ConnectionRequestPut><Status>CREU2</Status></ConnectionRequestPut>",
        "<x:ConnectionRequest xmlns:x=\"urn:x\"><x:Status>creu2</x:Status></x:ConnectionRequest>",
        "<ConnectionRequest xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<DiscountCode xsi:nil=\"true\"/><status>CREU2</status></ConnectionRequest>"})
    void xmlBodiesOfEveryShapeAreRead(String body) {
        assertEquals(PartnerCode.CREU2, read(body, XML));
    }

    @Test
    void aNilStatusIsMissing() {
        DomainException refused = assertThrows(DomainException.class, () -> read(
                "<r xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<Status xsi:nil=\"true\"/></r>", XML));

        assertTrue(refused.getMessage().startsWith("Status is required"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r><Status>&x;</Status></r>",
        "<!DOCTYPE r SYSTEM \"http://127.0.0.1:1/evil.dtd\"><r><Status>CRSUC</Status></r>",
        "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
            + "<r><Status>&b;</Status></r>",
        "<!DOCTYPE r [<!ENTITY % p SYSTEM \"http://127.0.0.1:1/p.dtd\"> %p;]>"
            + "<r><Status>CRSUC</Status></r>",
        "<r><Status>&lt;x&gt;<b>CRSUC</b></Status></r>",
        "<r><Status>CRSUC</Status>", "not xml"})
    void dtdsEntitiesAndBrokenXmlAreRefused(String body) {
        DomainException refused = assertThrows(DomainException.class, () -> read(body, XML));

        assertEquals("INVALID_BODY", refused.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"Status\":5}", "{\"Status\":[\"CRSUC\"]}", "[]", "\"CRSUC\"",
        "{\"Status\":", "{}", "{\"Status\":\"NOPE\"}", "{\"Status\":null}", ""})
    void jsonWithoutAUsableStatusIsRefused(String body) {
        DomainException refused = assertThrows(DomainException.class, () -> read(body, JSON));

        assertEquals("INVALID_BODY", refused.code());
        assertTrue(refused.getMessage().contains("Status") || refused.getMessage().contains("JSON")
                || refused.getMessage().contains("body"), refused.getMessage());
    }

    @Test
    void jsonThatIsNotUtf8IsRefusedEvenWhereStatusIsFine() {
        byte[] body = "{\"Status\":\"CRRET\",\"Note\":\"\u00ff\"}"
                .getBytes(StandardCharsets.ISO_8859_1);

        DomainException refused = assertThrows(DomainException.class,
                () -> StatusBodyReader.read(body, JSON));

        assertTrue(refused.getMessage().contains("UTF-8"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"Status\":\"CRRET\",\"Status\":\"CRSUC\"}",
        "{\"status\":\"CRRET\",\"STATUS\":\"CRRET\"}"})
    void aRepeatedJsonStatusIsRefused(String body) {
        DomainException refused = assertThrows(DomainException.class, () -> read(body, JSON));

        assertTrue(refused.getMessage().contains("more than once"), refused.getMessage());
    }

    @Test
    void aRepeatedXmlStatusIsRefused() {
        DomainException refused = assertThrows(DomainException.class, () -> read(
                "<r><Status>CRRET</Status><status>CRSUC</status></r>", XML));

        assertTrue(refused.getMessage().contains("more than once"), refused.getMessage());
    }

    @Test
    void nestingIsBoundedInBothFormats() {
        String deepJson = "{\"Status\":\"CRRET\",\"x\":" + "[".repeat(20_000)
                + "]".repeat(20_000) + "}";
        String deepXml = "<r><Status>CRRET</Status>" + "<a>".repeat(5_000) + "</a>".repeat(5_000)
                + "</r>";
        String shallowJson = "{\"x\":" + "[".repeat(20) + "]".repeat(20)
                + ",\"Status\":\"CRRET\"}";

        DomainException json = assertThrows(DomainException.class, () -> read(deepJson, JSON));
        DomainException xml = assertThrows(DomainException.class, () -> read(deepXml, XML));

        assertTrue(json.getMessage().contains("deeper than 32"), json.getMessage());
        assertEquals("INVALID_BODY", xml.code());
        assertEquals(PartnerCode.CRRET, read(shallowJson, JSON), "ordinary nesting is read");
    }

    @Test
    void trailingJsonAfterTheObjectIsRefused() {
        DomainException refused = assertThrows(DomainException.class,
                () -> read("{\"Status\":\"CRRET\"} {\"Status\":\"CRSUC\"}", JSON));

        assertEquals("INVALID_BODY", refused.code());
    }

    @Test
    void veryManyXmlElementsAreRefused() {
        String many = "<r>" + "<a/>".repeat(5_000) + "<Status>CRRET</Status></r>";
        String some = "<r>" + "<a/>".repeat(500) + "<Status>CRRET</Status></r>";

        DomainException refused = assertThrows(DomainException.class, () -> read(many, XML));

        assertTrue(refused.getMessage().contains("more than 1000 elements"), refused.getMessage());
        assertEquals(PartnerCode.CRRET, read(some, XML));
    }
}
