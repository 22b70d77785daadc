package com.triplink.connections.platform.boundary;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Cleans the document that Payara builds from the annotations, so that client generators read
 * it as meant: Payara writes the default value of every {@code @Schema} attribute as if it had
 * been set (a {@code maxProperties} of 0, a {@code multipleOf} of 0, ...) and describes the
 * parameter beans as schemas, and describes the items of a page by Java field names
 * instead of referring to the {@code ConnectionRequest} schema. Registered with
 * {@code mp.openapi.filter}. It also lists JSON first among the media types: client generators
 * send them in that order in {@code Accept}, and the service answers in the first one a caller
 * lists (XML only when the caller does not say).
 */
public class OpenApiCleanup implements OASFilter {

    private static final Logger LOG = Logger.getLogger(OpenApiCleanup.class.getName());
    private static final String JSON = "application/json";

    @Override
    public Schema filterSchema(Schema schema) {
        if (isZero(schema.getMultipleOf())) {
            schema.setMultipleOf(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Integer.valueOf(Integer.MAX_VALUE).equals(schema.getMaxLength())) {
            schema.setMaxLength(null);
        }
        if (schema.getMinItems() != null && schema.getMinItems() >= Integer.MAX_VALUE) {
            schema.setMinItems(null);
        }
        if (schema.getMaxItems() != null && schema.getMaxItems() <= 0) {
            schema.setMaxItems(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        clearFalse(schema);
        return schema;
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() != null
                && operation.getResponses().getAPIResponses() != null) {
            for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                jsonFirst(response.getContent());
            }
        }
        if (operation.getRequestBody() != null) {
            jsonFirst(operation.getRequestBody().getContent());
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().removeSchema("ListingQuery");
            api.getComponents().removeSchema("CreationQuery");
            Schema page = api.getComponents().getSchemas().get("ConnectionRequests");
            if (page != null && page.getProperties() != null
                    && page.getProperties().get("Items") != null) {
                page.getProperties().get("Items")
                        .setItems(OASFactory.createSchema().ref("ConnectionRequest"));
            }
        }
        if (api.getPaths() != null) {
            api.getPaths().removePathItem("/");
            // SCIM describes itself (/scim/v2/Schemas, /ResourceTypes, RFC 7643); listing
            // it here would describe its generic JSON bodies as opaque bytes
            List.copyOf(api.getPaths().getPathItems().keySet()).stream()
                    .filter(path -> path.startsWith("/scim/"))
                    .forEach(api.getPaths()::removePathItem);
        }
        withoutPayaraEndpoints(api);
    }

    /**
     * Payara adds a top-level {@code endpoints} list of its own, which is not OpenAPI and makes
     * validators reject the document; its model class has a setter for it, and an empty list
     * is left out of the document.
     */
    private static void withoutPayaraEndpoints(OpenAPI api) {
        try {
            api.getClass().getMethod("setEndpoints", Map.class).invoke(api, Map.of());
        } catch (ReflectiveOperationException e) {
            LOG.log(Level.FINE, "No Payara endpoints list to remove", e);
        }
    }

    private static void clearFalse(Schema schema) {
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
    }

    private static void jsonFirst(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        Map<String, MediaType> ordered = new LinkedHashMap<>();
        MediaType json = content.getMediaTypes().get(JSON);
        if (json != null) {
            ordered.put(JSON, json);
        }
        ordered.putAll(content.getMediaTypes());
        content.setMediaTypes(ordered);
    }

    private static boolean isZero(BigDecimal value) {
        return value != null && value.signum() == 0;
    }
}
