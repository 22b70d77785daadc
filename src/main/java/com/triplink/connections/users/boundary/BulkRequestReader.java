package com.triplink.connections.users.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.triplink.connections.errors.control.DomainException;
import com.triplink.connections.errors.control.ErrorKind;
import com.triplink.connections.users.control.BulkOperation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a SCIM bulk request (RFC 7644, section 3.7) into the operations the directory runs.
 * A request that cannot be run as a whole (no BulkRequest schema, no operations, too many, a
 * {@code bulkId} twice) is refused; an operation that cannot be run becomes one that fails
 * with the reason, so it is answered in its place and the others go on.
 */
@ApplicationScoped
public class BulkRequestReader {

    private static final String USERS = "/Users";

    @Inject
    ScimUsers users;

    @Inject
    ScimLimits limits;

    /**
     * A bulk request as read.
     *
     * @param entries the operations as sent, for the answer
     * @param operations what each of them does, in the same order
     * @param failOnErrors after how many failures the request stops
     */
    public record BulkRequest(List<JsonNode> entries, List<BulkOperation> operations,
            int failOnErrors) {
    }

    /** The request in this body. @throws DomainException when it cannot be run at all */
    public BulkRequest read(byte[] body) {
        ObjectNode request = ScimJson.read(body);
        List<JsonNode> entries = operationsOf(request);
        List<BulkOperation> operations = new ArrayList<>(entries.size());
        for (JsonNode entry : entries) {
            operations.add(operation(entry));
        }
        return new BulkRequest(entries, operations, failOnErrors(request));
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
}
