package com.triplink.connections.connectionrequests.boundary;

import com.triplink.connections.connectionrequests.control.ConnectionRequestLifecycle;
import com.triplink.connections.platform.boundary.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What a Web Services Admin looks into when a request does not go as expected: why it failed,
 * the partner's last answer, the attempts counted. Beside the v3.0 resource, which partners
 * use and which stays as they know it.
 */
@Path("admin/connectionrequests")
@RequestScoped
@DenyAll
@Produces({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_JSON})
@Tag(name = "Administration")
public class ConnectionRequestDetailsResource {

    @Inject
    ConnectionRequestLifecycle lifecycle;

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "readConnectionRequestDetails",
            summary = "Look into one connection request", description = "For admins: the"
            + " request with its user, why it failed, the partner's last answer and the"
            + " attempts counted so far.")
    @APIResponse(responseCode = "200", description = "The request",
            content = @Content(schema = @Schema(ref = "ConnectionRequestDetails")))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "The token lacks the role",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such request for this supplier",
            content = @Content(schema = @Schema(ref = "Error")))
    public ConnectionRequestDetailsView read(@PathParam("id")
            @Parameter(description = "Request ID", required = true) String id) {
        return ConnectionRequestDetailsView.of(lifecycle.details(id));
    }
}
