package com.triplink.connections.connectionrequests.boundary;

import com.triplink.connections.connectionrequests.entity.PartnerCode;
import com.triplink.connections.errors.control.DomainException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the status code out of a PUT body as leniently as partners need: any root element, the
 * {@code Status} field in any case, every other field ignored. XML is parsed with DTDs and
 * external entities refused.
 */
final class StatusBodyReader {

    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

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

    private static String statusOfJson(byte[] body) {
        JsonValue value;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw invalid("The body is not valid JSON: " + shorten(e.getMessage()));
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw invalid("The body must be a JSON object with a Status field.");
        }
        for (Map.Entry<String, JsonValue> field : ((JsonObject) value).entrySet()) {
            if ("status".equalsIgnoreCase(field.getKey())) {
                return textOf(field.getValue());
            }
        }
        return null;
    }

    private static String textOf(JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> null;
            case STRING -> ((JsonString) value).getString();
            default -> throw invalid("Status must be a string such as \"CRSUC\", not "
                    + value.getValueType().name().toLowerCase() + ".");
        };
    }

    private static String statusOfXml(byte[] body) {
        Element root;
        try {
            root = newXmlParser().parse(new ByteArrayInputStream(body)).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw invalid("The body is not well-formed XML, or declares a DTD or entities,"
                    + " which are refused: " + shorten(e.getMessage()));
        }
        for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && "status".equalsIgnoreCase(element.getLocalName())) {
                if ("true".equals(element.getAttributeNS(XSI, "nil").trim())) {
                    return null;
                }
                return element.getTextContent();
            }
        }
        return null;
    }

    private static DocumentBuilder newXmlParser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser lacks a required safety feature", e);
        }
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
