package com.triplink.connections.connectionrequests.boundary;

import com.triplink.connections.connectionrequests.entity.PartnerCode;
import com.triplink.connections.errors.control.DomainException;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the status code out of a PUT body as leniently as partners need: any root element, the
 * {@code Status} field in any case, every other field ignored. Both formats are read as
 * streams with bounded size and nesting; XML with DTDs and entities refused.
 */
final class StatusBodyReader {

    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    private static final int MAX_JSON_DEPTH = 32;
    private static final int MAX_XML_DEPTH = 32;
    private static final int MAX_XML_ELEMENTS = 1000;
    /** Made once: each {@code Json.createParser} would look the JSON-P provider up again. */
    private static final JsonParserFactory JSON = Json.createParserFactory(Map.of());

    private StatusBodyReader() {
    }

    /** The partner code of the body, or a 400 that says what is wrong with it. */
    static PartnerCode read(byte[] body, MediaType type) {
        if (body == null || body.length == 0) {
            throw invalid("The body is empty; send {\"Status\": \"CRSUC\"} or"
                    + " <ConnectionRequest><Status>CRSUC</Status></ConnectionRequest>.");
        }
        String status = MediaType.APPLICATION_JSON_TYPE.isCompatible(type)
                ? statusOfJson(body) : statusOfXml(body);
        if (status == null || status.isBlank()) {
            throw invalid("Status is required; use one of " + PartnerCode.allowedNames() + ".");
        }
        return PartnerCode.parse(status).orElseThrow(() -> invalid("Status '" + shorten(status)
                + "' is not a known code; use one of " + PartnerCode.allowedNames() + "."));
    }

    /**
     * Walks the JSON object event by event: the text must be UTF-8, nesting is bounded, and
     * Status must be a string or null that appears once.
     */
    private static String statusOfJson(byte[] body) {
        try (JsonParser parser = JSON.createParser(new StringReader(utf8(body)))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw invalid("The body must be a JSON object with a Status field.");
            }
            String status = null;
            boolean seen = false;
            int depth = 1;
            while (depth > 0) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> depth = deeper(depth);
                    case END_OBJECT, END_ARRAY -> depth--;
                    case KEY_NAME -> {
                        if (depth == 1 && "status".equalsIgnoreCase(parser.getString())) {
                            if (seen) {
                                throw invalid("Status appears more than once in the body;"
                                        + " send it once.");
                            }
                            seen = true;
                            status = statusValue(parser);
                        }
                    }
                    default -> {
                    }
                }
            }
            if (parser.hasNext()) {
                throw invalid("The body holds more than one JSON value; send one object.");
            }
            return status;
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            // JsonException, and the plain runtime exceptions with which the parser signals
            // the limits it enforces itself
            throw invalid("The body is not valid JSON: " + shorten(e.getMessage()));
        }
    }

    private static int deeper(int depth) {
        if (depth >= MAX_JSON_DEPTH) {
            throw invalid("The body nests deeper than " + MAX_JSON_DEPTH + " levels.");
        }
        return depth + 1;
    }

    private static String statusValue(JsonParser parser) {
        JsonParser.Event value = parser.next();
        return switch (value) {
            case VALUE_NULL -> null;
            case VALUE_STRING -> parser.getString();
            default -> throw invalid("Status must be a string such as \"CRSUC\", not "
                    + kindOf(value) + ".");
        };
    }

    private static String kindOf(JsonParser.Event value) {
        return switch (value) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_NUMBER -> "a number";
            default -> "true or false";
        };
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw invalid("The body is not valid UTF-8 text; JSON must be sent in UTF-8.");
        }
    }

    /**
     * Streams through the XML document: a DTD or an entity reference is refused before anything
     * is resolved, and the number and nesting of elements are bounded.
     */
    private static String statusOfXml(byte[] body) {
        XMLStreamReader reader = null;
        try {
            reader = newXmlInput().createXMLStreamReader(new ByteArrayInputStream(body));
            String status = null;
            boolean seen = false;
            int elements = 0;
            int depth = 0;
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                        throw invalid("The body declares a DTD or uses entities; both are"
                                + " refused.");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++elements > MAX_XML_ELEMENTS || ++depth > MAX_XML_DEPTH) {
                            throw invalid("The body has more than " + MAX_XML_ELEMENTS
                                    + " elements or nests deeper than " + MAX_XML_DEPTH
                                    + " levels.");
                        }
                        if (depth == 2 && "status".equalsIgnoreCase(reader.getLocalName())) {
                            if (seen) {
                                throw invalid("Status appears more than once in the body;"
                                        + " send it once.");
                            }
                            seen = true;
                            boolean nil = "true".equals(trimmed(reader.getAttributeValue(XSI,
                                    "nil")));
                            String text = reader.getElementText();
                            depth--;
                            status = nil ? null : text;
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    default -> {
                    }
                }
            }
            return status;
        } catch (XMLStreamException e) {
            throw invalid("The body is not well-formed XML: " + shorten(e.getMessage()));
        } finally {
            close(reader);
        }
    }

    private static String trimmed(String text) {
        return text == null ? null : text.trim();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing is left to release
            }
        }
    }

    private static XMLInputFactory newXmlInput() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static DomainException invalid(String message) {
        return DomainException.invalid("INVALID_BODY", message);
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }
}
