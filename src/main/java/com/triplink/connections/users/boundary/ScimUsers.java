package com.triplink.connections.users.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.triplink.connections.errors.control.DomainException;
import com.triplink.connections.users.control.UserSnapshot;
import com.triplink.connections.users.entity.UserProfile;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.PatchOperation;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.types.Email;
import com.unboundid.scim2.common.types.Meta;
import com.unboundid.scim2.common.types.Name;
import com.unboundid.scim2.common.types.UserResource;
import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.utils.JsonUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates between SCIM users (the core User schema and this service's loyalty extension)
 * and the directory's profiles. Reading is lenient where identity providers differ (attribute
 * names in any case, {@code "True"} and {@code "False"} as text, {@code "Replace"} as an
 * operation) and strict about types: a value of the wrong type is refused with its name.
 * Attributes of the core schema that the directory does not keep are accepted and dropped.
 */
@ApplicationScoped
public class ScimUsers {

    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"([0-9]{1,18})\"");
    private static final Set<String> READ_ONLY = Set.of("id", "meta", "schemas");

    @Inject
    Validator validator;

    /** The SCIM user of a directory entry, with its meta data. */
    public UserResource resource(UserSnapshot user, URI location) {
        UserResource resource = resourceOf(user.profile());
        resource.setId(user.publicId());
        resource.setMeta(new Meta().setResourceType("User")
                .setCreated(calendar(user.createdAt()))
                .setLastModified(calendar(user.lastModified()))
                .setLocation(location)
                .setVersion(etag(user.version())));
        return resource;
    }

    /**
     * The profile a POST or PUT body describes, validated.
     *
     * @throws DomainException INVALID_INPUT naming the attribute of the wrong type
     * @throws ConstraintViolationException naming the attributes that are not acceptable
     */
    public UserProfile profile(ObjectNode body) {
        UserProfile profile = read(body);
        Set<ConstraintViolation<UserProfile>> violations = validator.validate(profile);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return profile;
    }

    /**
     * The change a PATCH body (RFC 7644, section 3.5.2) makes to a profile, applied by the
     * SCIM library to the user's SCIM form; the result is validated like a PUT.
     *
     * @throws DomainException INVALID_INPUT for a body that is no PatchOp message
     */
    public UnaryOperator<UserProfile> patch(ObjectNode body) {
        PatchRequest request = patchRequest(body);
        for (PatchOperation operation : request.getOperations()) {
            if (operation.getPath() != null && !operation.getPath().isRoot()
                    && READ_ONLY.contains(operation.getPath().getElement(0).getAttribute()
                            .toLowerCase(Locale.ROOT))) {
                throw DomainException.invalid("mutability", operation.getPath()
                        + " is read-only and cannot be patched.");
            }
        }
        return current -> {
            GenericScimResource resource = resourceOf(current).asGenericScimResource();
            try {
                request.apply(resource);
            } catch (ScimException e) {
                throw DomainException.invalid(e.getScimError().getScimType() == null
                        ? "invalidValue" : e.getScimError().getScimType(),
                        e.getScimError().getDetail());
            }
            return profile(resource.getObjectNode());
        };
    }

    /** The ETag of a version, weak as SCIM's {@code meta.version}: {@code W/"3"}. */
    public static String etag(long version) {
        return "W/\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header asks for: {@code null} when the header is absent
     * or {@code *}, and -1 (never matching) when it names no version this service made.
     */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        Matcher matcher = ETAG.matcher(ifMatch.trim());
        return matcher.matches() ? Long.valueOf(matcher.group(1)) : Long.valueOf(-1);
    }

    private static UserResource resourceOf(UserProfile profile) {
        UserResource resource = new UserResource();
        resource.setSchemaUrns(ScimJson.CORE_USER, ScimJson.LOYALTY);
        resource.setUserName(profile.userName());
        resource.setExternalId(profile.externalId());
        resource.setName(new Name().setGivenName(profile.givenName())
                .setMiddleName(profile.middleName()).setFamilyName(profile.familyName()));
        resource.setActive(profile.active());
        resource.setEmails(profile.emails().stream()
                .map(email -> new Email().setValue(email.value()).setType(email.type())
                        .setPrimary(email.primary()))
                .toList());
        ArrayNode numbers = JsonUtils.getJsonNodeFactory().arrayNode();
        profile.loyaltyNumbers().forEach((supplier, number) -> numbers.addObject()
                .put("supplierId", supplier).put("value", number));
        try {
            resource.replaceExtensionValue(Path.root(ScimJson.LOYALTY)
                    .attribute("loyaltyNumbers"), numbers);
        } catch (ScimException e) {
            throw new IllegalStateException("The loyalty extension path is wrong", e);
        }
        return resource;
    }

    private static UserProfile read(ObjectNode body) {
        JsonNode name = object(body, "name", "name");
        List<UserProfile.Email> emails = new ArrayList<>();
        ArrayNode emailNodes = array(body, "emails", "emails");
        for (int i = 0; i < emailNodes.size(); i++) {
            String at = "emails[" + i + "]";
            JsonNode email = element(emailNodes, i, at);
            emails.add(new UserProfile.Email(text(email, "value", at + ".value"),
                    text(email, "type", at + ".type"),
                    bool(email, "primary", at + ".primary", false)));
        }
        return new UserProfile(text(body, "userName", "userName"),
                text(body, "externalId", "externalId"),
                text(name, "givenName", "name.givenName"),
                text(name, "middleName", "name.middleName"),
                text(name, "familyName", "name.familyName"),
                bool(body, "active", "active", true), emails, loyaltyNumbers(body));
    }

    private static Map<String, String> loyaltyNumbers(ObjectNode body) {
        JsonNode extension = object(body, ScimJson.LOYALTY, ScimJson.LOYALTY);
        ArrayNode nodes = array(extension, "loyaltyNumbers", "loyaltyNumbers");
        Map<String, String> numbers = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            String at = "loyaltyNumbers[" + i + "]";
            JsonNode entry = element(nodes, i, at);
            String supplier = text(entry, "supplierId", at + ".supplierId");
            String number = text(entry, "value", at + ".value");
            if (supplier == null || number == null) {
                throw ScimJson.invalidValue(at + " needs both supplierId and value.");
            }
            if (numbers.put(supplier, number) != null) {
                throw ScimJson.invalidValue("loyaltyNumbers: supplier '" + supplier
                        + "' is given more than once.");
            }
        }
        return numbers;
    }

    private static PatchRequest patchRequest(ObjectNode body) {
        if (!hasSchema(body, ScimJson.PATCH_OP)) {
            throw ScimJson.invalidSyntax("A PATCH body is a PatchOp message: schemas must hold "
                    + ScimJson.PATCH_OP + ".");
        }
        JsonNode operations = body.get("Operations");
        if (operations == null || !operations.isArray() || operations.isEmpty()) {
            throw ScimJson.invalidSyntax("Operations must be a list of at least one operation.");
        }
        for (JsonNode operation : operations) {
            // some identity providers write "Replace" and "Add"; SCIM's names are lower case
            if (operation instanceof ObjectNode object && object.path("op").isTextual()) {
                object.put("op", object.get("op").textValue().toLowerCase(Locale.ROOT));
            }
        }
        try {
            return JsonUtils.nodeToValue(body, PatchRequest.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException
                | IllegalArgumentException e) {
            throw ScimJson.invalidSyntax("The PatchOp message cannot be read: each operation"
                    + " has an op (add, replace or remove), a path where needed and a value.");
        }
    }

    /** Whether the body's {@code schemas} holds this URN. */
    static boolean hasSchema(JsonNode body, String urn) {
        JsonNode schemas = body.get("schemas");
        if (schemas == null || !schemas.isArray()) {
            return false;
        }
        for (JsonNode schema : schemas) {
            if (schema.isTextual() && schema.textValue().equalsIgnoreCase(urn)) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw ScimJson.invalidValue(path + " must be a string.");
        }
        return node.textValue();
    }

    private static boolean bool(JsonNode parent, String field, String path, boolean absent) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return absent;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual() && (node.textValue().equalsIgnoreCase("true")
                || node.textValue().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(node.textValue().toLowerCase(Locale.ROOT));
        }
        throw ScimJson.invalidValue(path + " must be true or false.");
    }

    private static JsonNode object(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return JsonUtils.getJsonNodeFactory().objectNode();
        }
        if (!node.isObject()) {
            throw ScimJson.invalidValue(path + " must be an object.");
        }
        return node;
    }

    private static ArrayNode array(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return JsonUtils.getJsonNodeFactory().arrayNode();
        }
        if (!node.isArray()) {
            throw ScimJson.invalidValue(path + " must be a list.");
        }
        return (ArrayNode) node;
    }

    private static JsonNode element(ArrayNode array, int index, String path) {
        JsonNode node = array.get(index);
        if (!node.isObject()) {
            throw ScimJson.invalidValue(path + " must be an object.");
        }
        return node;
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
