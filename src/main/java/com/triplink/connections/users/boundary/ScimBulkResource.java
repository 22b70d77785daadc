package com.triplink.connections.users.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.triplink.connections.errors.boundary.ErrorResponses;
import com.triplink.connections.errors.boundary.Failures;
import com.triplink.connections.platform.boundary.PublicUris;
import com.triplink.connections.platform.boundary.Roles;
import com.triplink.connections.users.control.BulkOperation;
import com.triplink.connections.users.control.BulkOutcome;
import com.triplink.connections.users.control.BulkProvisioning;
import com.unboundid.scim2.common.utils.JsonUtils;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;

/**
 * SCIM bulk requests (RFC 7644, section 3.7) on users: POST, PUT, PATCH and DELETE in one call,
 * run in order, with later operations able to name users created earlier as
 * {@code /Users/bulkId:<bulkId>}. An identity provider's initial load of many thousand users
 * goes this way. Each operation succeeds or fails on its own; {@code failOnErrors} stops the
 * request after that many failures.
 */
@Path("Bulk")
@RequestScoped
@DenyAll
@Produces({ScimJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class ScimBulkResource {

    @Inject
    BulkProvisioning provisioning;

    @Inject
    BulkRequestReader reader;

    @Inject
    PublicUris uris;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes({ScimJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.PROVISIONER})
    public byte[] run(byte[] body) {
        BulkRequestReader.BulkRequest request = reader.read(body);

        List<BulkOutcome> outcomes = provisioning.run(request.operations(),
                request.failOnErrors());

        return ScimJson.write(answer(request.entries(), outcomes));
    }

    private ObjectNode answer(List<JsonNode> entries, List<BulkOutcome> outcomes) {
        ObjectNode response = JsonUtils.getJsonNodeFactory().objectNode();
        response.putArray("schemas").add(ScimJson.BULK_RESPONSE);
        ArrayNode results = response.putArray("Operations");
        for (int i = 0; i < outcomes.size(); i++) {
            results.add(result(entries.get(i), outcomes.get(i)));
        }
        return response;
    }

    private ObjectNode result(JsonNode entry, BulkOutcome outcome) {
        ObjectNode result = JsonUtils.getJsonNodeFactory().objectNode();
        result.put("method", entry.path("method").asText("").toUpperCase(Locale.ROOT));
        if (outcome.operation().bulkId() != null) {
            result.put("bulkId", outcome.operation().bulkId());
        }
        if (outcome.failed()) {
            var error = ErrorResponses.scimBody(Failures.of(outcome.failure()));
            result.put("status", String.valueOf(error.getStatus()));
            result.set("response", JsonUtils.valueToNode(error));
            return result;
        }
        String id = outcome.user() != null ? outcome.user().publicId()
                : outcome.operation().target();
        if (id != null && !id.startsWith(BulkOperation.BULK_ID_PREFIX)) {
            result.put("location", uris.base(uriInfo, headers).path("Users").path(id)
                    .build().toString());
        }
        if (outcome.user() != null) {
            result.put("version", ScimUsers.etag(outcome.user().version()));
        }
        result.put("status", switch (result.get("method").textValue()) {
            case "POST" -> "201";
            case "DELETE" -> "204";
            default -> "200";
        });
        return result;
    }
}
