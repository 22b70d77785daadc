package com.triplink.connections.users.boundary;

import com.triplink.connections.platform.boundary.PublicUris;
import com.triplink.connections.platform.boundary.Roles;
import com.triplink.connections.users.control.UserDirectory;
import com.triplink.connections.users.control.UserPage;
import com.triplink.connections.users.control.UserSnapshot;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.types.UserResource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;

/**
 * The SCIM 2.0 Users endpoint (RFC 7644, section 3) through which the company's identity
 * provider keeps the user directory: create, read, search with filters and paging, replace,
 * patch and delete. Every answer is {@code application/scim+json}, every error SCIM's.
 */
@Path("Users")
@RequestScoped
@DenyAll
@Produces({ScimJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class ScimUsersResource {

    private static final String IF_MATCH = "If-Match";

    @Inject
    UserDirectory directory;

    @Inject
    ScimUsers users;

    @Inject
    PublicUris uris;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes({ScimJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.PROVISIONER})
    public Response create(byte[] body) {
        UserSnapshot user = directory.create(users.profile(ScimJson.read(body)));

        return Response.created(location(user.publicId()))
                .tag(etag(user))
                .entity(ScimJson.write(resource(user)))
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROVISIONER})
    public Response search(@Valid @BeanParam UserSearchQuery query) {
        UserPage page = directory.search(query.filter(), query.startIndex(), query.count());

        List<UserResource> resources = page.users().stream().map(this::resource).toList();
        return Response.ok(ScimJson.write(new ListResponse<>((int) page.total(), resources,
                query.startIndex(), resources.size()))).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVISIONER})
    public Response read(@PathParam("id") String id) {
        return answer(directory.find(id));
    }

    @PUT
    @Path("{id}")
    @Consumes({ScimJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.PROVISIONER})
    public Response replace(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
            byte[] body) {
        return answer(directory.replace(id, users.profile(ScimJson.read(body)),
                ScimUsers.expectedVersion(ifMatch)));
    }

    @PATCH
    @Path("{id}")
    @Consumes({ScimJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.PROVISIONER})
    public Response patch(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
            byte[] body) {
        return answer(directory.change(id, users.patch(ScimJson.read(body)),
                ScimUsers.expectedVersion(ifMatch)));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVISIONER})
    public void delete(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        directory.delete(id, ScimUsers.expectedVersion(ifMatch));
    }

    private Response answer(UserSnapshot user) {
        return Response.ok(ScimJson.write(resource(user))).tag(etag(user)).build();
    }

    private UserResource resource(UserSnapshot user) {
        return users.resource(user, location(user.publicId()));
    }

    private URI location(String id) {
        return uris.base(uriInfo, headers).path("Users").path(id).build();
    }

    private static EntityTag etag(UserSnapshot user) {
        return new EntityTag(String.valueOf(user.version()), true);
    }
}
