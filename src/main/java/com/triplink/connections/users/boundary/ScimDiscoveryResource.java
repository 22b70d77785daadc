package com.triplink.connections.users.boundary;

import com.triplink.connections.errors.control.DomainException;
import com.triplink.connections.errors.control.ErrorKind;
import com.triplink.connections.platform.boundary.Roles;
import com.unboundid.scim2.common.BaseScimResource;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.types.AuthenticationScheme;
import com.unboundid.scim2.common.types.BulkConfig;
import com.unboundid.scim2.common.types.ChangePasswordConfig;
import com.unboundid.scim2.common.types.ETagConfig;
import com.unboundid.scim2.common.types.FilterConfig;
import com.unboundid.scim2.common.types.PatchConfig;
import com.unboundid.scim2.common.types.ResourceTypeResource;
import com.unboundid.scim2.common.types.SchemaResource;
import com.unboundid.scim2.common.types.ServiceProviderConfigResource;
import com.unboundid.scim2.common.types.SortConfig;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;

/**
 * What the service provider supports (RFC 7644, section 4): its configuration, the schemas of
 * its users and the resource type that ties them to {@code /Users}.
 */
@Path("")
@RequestScoped
@DenyAll
@Produces({ScimJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class ScimDiscoveryResource {

    private static final List<SchemaResource> SCHEMAS =
            List.of(ScimSchemas.USER, ScimSchemas.LOYALTY);

    private static final ResourceTypeResource USER_TYPE = new ResourceTypeResource("User",
            "User", "The users of the directory", URI.create("/Users"),
            URI.create(ScimJson.CORE_USER), List.of(new ResourceTypeResource.SchemaExtension(
                    URI.create(ScimJson.LOYALTY), false)));

    @Inject
    ScimLimits bulkLimits;

    @GET
    @Path("ServiceProviderConfig")
    @RolesAllowed({Roles.ADMIN, Roles.PROVISIONER})
    public byte[] configuration() {
        return ScimJson.write(new ServiceProviderConfigResource(null, new PatchConfig(true),
                new BulkConfig(true, bulkLimits.maxOperations(),
                        (int) Math.min(Integer.MAX_VALUE, bulkLimits.maxPayloadBytes())),
                new FilterConfig(true, UserSearchQuery.MAX_COUNT),
                new ChangePasswordConfig(false), new SortConfig(false), new ETagConfig(true),
                List.of(new AuthenticationScheme("OAuth Bearer Token", "A JWT signed with RS256"
                        + " by the identity provider this service trusts; groups holds "
                        + Roles.PROVISIONER + " or " + Roles.ADMIN, null, null,
                        "oauthbearertoken", true))));
    }

    @GET
    @Path("Schemas")
    @RolesAllowed({Roles.ADMIN, Roles.PROVISIONER})
    public byte[] schemas() {
        return list(SCHEMAS);
    }

    @GET
    @Path("Schemas/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVISIONER})
    public byte[] schema(@PathParam("id") String id) {
        return ScimJson.write(SCHEMAS.stream()
                .filter(schema -> schema.getId().equalsIgnoreCase(id))
                .findFirst()
                .orElseThrow(() -> notFound("schema", id)));
    }

    @GET
    @Path("ResourceTypes")
    @RolesAllowed({Roles.ADMIN, Roles.PROVISIONER})
    public byte[] resourceTypes() {
        return list(List.of(USER_TYPE));
    }

    @GET
    @Path("ResourceTypes/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVISIONER})
    public byte[] resourceType(@PathParam("id") String id) {
        if (!USER_TYPE.getId().equalsIgnoreCase(id)) {
            throw notFound("resource type", id);
        }
        return ScimJson.write(USER_TYPE);
    }

    private static byte[] list(List<? extends BaseScimResource> resources) {
        return ScimJson.write(new ListResponse<>(resources.size(), resources, 1,
                resources.size()));
    }

    private static DomainException notFound(String what, String id) {
        return new DomainException(ErrorKind.NOT_FOUND, "NOT_FOUND", "This service provider"
                + " has no " + what + " '" + (id.length() > 80 ? id.substring(0, 80) : id)
                + "'.");
    }
}
