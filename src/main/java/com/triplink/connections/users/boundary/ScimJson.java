package com.triplink.connections.users.boundary;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.triplink.connections.errors.control.DomainException;
import com.unboundid.scim2.common.utils.JsonUtils;
import java.io.IOException;

/**
 * Reads and writes SCIM's JSON with the SCIM library's mapper, whose objects compare attribute
 * names without regard to case, as SCIM does. Bodies are read strictly: UTF-8, one JSON
 * object, no key twice, at most 32 levels deep.
 */
final class ScimJson {

    /** The media type of SCIM (RFC 7644, section 3.1). */
    static final String MEDIA_TYPE = "application/scim+json";

    static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String LOYALTY = "urn:triplink:scim:schemas:extension:loyalty:2.0:User";
    static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    static final String BULK_REQUEST = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
    static final String BULK_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:BulkResponse";

    private static final int MAX_DEPTH = 32;
    private static final ObjectMapper STRICT = strictMapper();

    private ScimJson() {
    }

    /**
     * The body as a JSON object.
     *
     * @throws DomainException INVALID_INPUT ({@code invalidSyntax}) for anything else
     */
    static ObjectNode read(byte[] body) {
        if (body.length == 0) {
            throw invalidSyntax("The request has no body; send a JSON object.");
        }
        JsonNode node;
        try {
            node = STRICT.readTree(body);
        } catch (StreamConstraintsException e) {
            throw invalidSyntax("The body is nested more than " + MAX_DEPTH + " levels deep.");
        } catch (JsonProcessingException e) {
            throw invalidSyntax("The body is not valid JSON in UTF-8: "
                    + shorten(e.getOriginalMessage()));
        } catch (IOException e) {
            throw invalidSyntax("The body could not be read.");
        }
        if (!(node instanceof ObjectNode object)) {
            throw invalidSyntax("The body must be a JSON object.");
        }
        return object;
    }

    /** The JSON of a SCIM object. */
    static byte[] write(Object value) {
        try {
            return JsonUtils.getObjectWriter().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write SCIM JSON", e);
        }
    }

    /** A refusal of a value, naming it. */
    static DomainException invalidValue(String message) {
        return DomainException.invalid("invalidValue", message);
    }

    static DomainException invalidSyntax(String message) {
        return DomainException.invalid("invalidSyntax", message);
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = JsonUtils.createObjectMapper();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).build());
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return mapper;
    }
}
