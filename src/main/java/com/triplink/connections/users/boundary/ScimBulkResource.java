package com.triplink.connections.users.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.triplink.connections.errors.boundary.ErrorResponses;
import com.triplink.connections.errors.boundary.Failures;
import com.triplink.connections.errors.control.DomainException;
import com.triplink.connections.errors.control.ErrorKind;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    private static final String USERS = "/Users";

    @Inject
    BulkProvisioning provisioning;

    @Inject
    ScimUsers users;

    @Inject
    ScimLimits limits;

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
        ObjectNode request = ScimJson.read(body);
        List<JsonNode> requested = operationsOf(request);

        List<BulkOutcome> outcomes = provisioning.run(operations(requested),
                failOnErrors(request));

        ObjectNode response = JsonUtils.getJsonNodeFactory().objectNode();
        response.putArray("schemas").add(ScimJson.BULK_RESPONSE);
        ArrayNode results = response.putArray("Operations");
        for (int i = 0; i < outcomes.size(); i++) {
            results.add(result(requested.get(i), outcomes.get(i)));
        }
        return ScimJson.write(response);
    }

    private List<JsonNode> operationsOf(ObjectNode request) {
        if (!ScimUsers.hasSchema(request, ScimJson.BULK_REQUEST)) {
            throw ScimJson.invalidSyntax("A bulk request is a BulkRequest message: schemas must"
                    + " hold " + ScimJson.BULK_REQUEST + ".");
        }
        JsonNode operations = request.get("Operations");
        if (operations == null || !operations.isArray() || operations.isEmpty()) {
            throw ScimJson.invalidSyntax("Operations must be a list of at least one operation.");
        }
        if (operations.size() > limits.maxOperations()) {
            throw new DomainException(ErrorKind.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE",
                    "A bulk request holds at most " + limits.maxOperations() + " operations;"
                    + " this one holds " + operations.size() + ".");
        }
        List<JsonNode> list = new ArrayList<>();
        Set<String> bulkIds = new HashSet<>();
        for (JsonNode operation : operations) {
            String bulkId = operation.path("bulkId").isTextual()
                    ? operation.get("bulkId").textValue() : null;
            if (bulkId != null && !bulkIds.add(bulkId)) {
                throw ScimJson.invalidValue("bulkId '" + bulkId + "' is given to more than one"
                        + " operation; each must be unique.");
            }
            list.add(operation);
        }
        return list;
    }

    private static int failOnErrors(ObjectNode request) {
        JsonNode value = request.get("failOnErrors");
        if (value == null || value.isNull()) {
            return Integer.MAX_VALUE;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() < 1) {
            throw ScimJson.invalidValue("failOnErrors must be a whole number of at least 1.");
        }
        return value.intValue();
    }

    private List<BulkOperation> operations(List<JsonNode> requested) {
        List<BulkOperation> operations = new ArrayList<>(requested.size());
        for (JsonNode operation : requested) {
            operations.add(operation(operation));
        }
        return operations;
    }

    /**
     * The operation a request entry asks for; an entry that cannot be run becomes an
     * operation that fails with the reason, so it is answered in its place.
     */
    private BulkOperation operation(JsonNode entry) {
        String method = entry.path("method").asText("").toUpperCase(Locale.ROOT);
        String path = entry.path("path").asText("");
        String bulkId = entry.path("bulkId").isTextual() ? entry.get("bulkId").textValue() : null;
        Long version = ScimUsers.expectedVersion(entry.path("version").isTextual()
                ? entry.get("version").textValue() : null);
        JsonNode data = entry.get("data");

        if (!entry.isObject()) {
            return refused(null, "Each operation must be an object.");
        }
        if (method.equals("POST")) {
            if (!path.equalsIgnoreCase(USERS) && !path.equalsIgnoreCase("Users")) {
                return refused(bulkId, "A POST goes to " + USERS + ".");
            }
            if (bulkId == null) {
                return refused(null, "A POST needs a bulkId.");
            }
            ObjectNode object = dataOf(data);
            return new BulkOperation(bulkId, null, (writes, target) -> object == null
                    ? refuse("A POST needs data: the user to create.")
                    : writes.create(users.profile(object)));
        }
        String target = targetOf(path);
        if (target == null) {
            return refused(bulkId, method + " goes to " + USERS + "/{id} or " + USERS
                    + "/bulkId:{bulkId}.");
        }
        ObjectNode object = dataOf(data);
        return switch (method) {
            case "PUT" -> new BulkOperation(bulkId, target, (writes, id) -> object == null
                    ? refuse("A PUT needs data: the whole user.")
                    : writes.replace(id, users.profile(object), version));
            case "PATCH" -> new BulkOperation(bulkId, target, (writes, id) -> object == null
                    ? refuse("A PATCH needs data: a PatchOp message.")
                    : writes.change(id, users.patch(object), version));
            case "DELETE" -> new BulkOperation(bulkId, target, (writes, id) -> {
                writes.delete(id, version);
                return null;
            });
            default -> refused(bulkId, "method must be POST, PUT, PATCH or DELETE.");
        };
    }

    private static ObjectNode dataOf(JsonNode data) {
        return data instanceof ObjectNode object ? object : null;
    }

    private static String targetOf(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        String prefix = lower.startsWith("/users/") ? "/users/"
                : lower.startsWith("users/") ? "users/" : null;
        if (prefix == null || path.length() == prefix.length()
                || path.indexOf('/', prefix.length()) >= 0) {
            return null;
        }
        return path.substring(prefix.length());
    }

    private static BulkOperation refused(String bulkId, String message) {
        return new BulkOperation(bulkId, null, (writes, target) -> refuse(message));
    }

    private static <T> T refuse(String message) {
        throw ScimJson.invalidValue(message);
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
