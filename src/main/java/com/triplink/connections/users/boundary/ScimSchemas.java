package com.triplink.connections.users.boundary;

import com.unboundid.scim2.common.types.AttributeDefinition;
import com.unboundid.scim2.common.types.AttributeDefinition.Mutability;
import com.unboundid.scim2.common.types.AttributeDefinition.Returned;
import com.unboundid.scim2.common.types.AttributeDefinition.Type;
import com.unboundid.scim2.common.types.AttributeDefinition.Uniqueness;
import com.unboundid.scim2.common.types.SchemaResource;
import java.util.List;

/**
 * The schemas this service provider publishes (RFC 7643, section 7): the part of the core User
 * schema that the directory keeps, and the loyalty extension of this service,
 * {@value ScimJson#LOYALTY}.
 */
final class ScimSchemas {

    static final SchemaResource USER = new SchemaResource(ScimJson.CORE_USER, "User",
            "The users that connection requests are created for", List.of(
                text("userName", "The login ID that connection requests are created for;"
                        + " unique without regard to case").setRequired(true)
                        .setUniqueness(Uniqueness.SERVER).build(),
                complex("name", "The user's names",
                        text("givenName", "Given name, up to 200 characters").build(),
                        text("middleName", "Middle name, up to 200 characters").build(),
                        text("familyName", "Family name, up to 200 characters").build())
                        .build(),
                bool("active", "Whether the user may be connected; a user who is deactivated"
                        + " gets no more deliveries and their open requests fail").build(),
                complex("emails", "Up to five e-mail addresses",
                        text("value", "The address").build(),
                        text("type", "A label such as work").build(),
                        bool("primary", "The preferred address; at most one").build())
                        .setMultiValued(true).build()));

    static final SchemaResource LOYALTY = new SchemaResource(ScimJson.LOYALTY, "Loyalty",
            "The user's loyalty numbers, one per supplier; a connection request carries the"
            + " one of the supplier it is for", List.of(
                complex("loyaltyNumbers", "The user's loyalty number with each supplier",
                        text("supplierId", "The supplier, as its deployments name it in"
                                + " triplink.supplier-id; up to 64 characters")
                                .setRequired(true).build(),
                        text("value", "The loyalty number, up to 100 characters")
                                .setRequired(true).build())
                        .setMultiValued(true).build()));

    private ScimSchemas() {
    }

    private static AttributeDefinition.Builder text(String name, String description) {
        return attribute(name, description, Type.STRING);
    }

    private static AttributeDefinition.Builder bool(String name, String description) {
        return attribute(name, description, Type.BOOLEAN);
    }

    private static AttributeDefinition.Builder complex(String name, String description,
            AttributeDefinition... parts) {
        return attribute(name, description, Type.COMPLEX).addSubAttributes(parts);
    }

    private static AttributeDefinition.Builder attribute(String name, String description,
            Type type) {
        return new AttributeDefinition.Builder().setName(name).setDescription(description)
                .setType(type).setMutability(Mutability.READ_WRITE)
                .setReturned(Returned.DEFAULT).setUniqueness(Uniqueness.NONE)
                .setCaseExact(false);
    }
}
