package com.triplink.connections.connectionrequests.boundary;

import com.triplink.connections.connectionrequests.control.ConnectionRequestLifecycle;
import com.triplink.connections.connectionrequests.control.Creation;
import com.triplink.connections.connectionrequests.control.RequestPage;
import com.triplink.connections.connectionrequests.control.RequestSnapshot;
import com.triplink.connections.connectionrequests.entity.Status;
import com.triplink.connections.platform.boundary.PublicUris;
import com.triplink.connections.platform.boundary.ResourcePathFilter;
import com.triplink.connections.platform.boundary.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Connection Requests resource of version 3.0, in XML (the default) and JSON. Partners poll
 * and answer; Web Services Admins create, read and delete.
 */
@Path(ResourcePathFilter.CANONICAL)
@ApplicationScoped
@DenyAll
@Produces({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_JSON})
@Tag(name = "Connection Requests")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(schema = @Schema(ref = "Error")))
@APIResponse(responseCode = "403", description = "The token lacks the role",
        content = @Content(schema = @Schema(ref = "Error")))
@APIResponse(responseCode = "406", description = "Accept allows neither XML nor JSON",
        content = @Content(schema = @Schema(ref = "Error")))
@APIResponse(responseCode = "500", description = "The service failed; quote the ErrorId",
        content = @Content(schema = @Schema(ref = "Error")))
@APIResponse(responseCode = "503", description = "The database cannot be reached; retry after"
        + " the Retry-After header", content = @Content(schema = @Schema(ref = "Error")))
public class ConnectionRequestsResource {

    private static final String TIMER = "connection_requests_api";
    private static final String TIMER_DESCRIPTION = "Calls of each API operation and their"
            + " duration, errors included";

    @Inject
    ConnectionRequestLifecycle lifecycle;

    @Inject
    PublicUris uris;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.ADMIN})
    @Operation(operationId = "listConnectionRequests", summary = "List connection requests",
            description = "A page of requests with the given effective status, oldest first."
            + " When a partner lists Pending requests, the requests returned are delivered:"
            + " each carries a fresh RequestToken and moves to Processing,"
            + " so every poll returns new requests. A poll takes Pending requests oldest first"
            + " and those whose delay or lease has run out in the order they ran out; the"
            + " page is in ID order.")
    @APIResponse(responseCode = "200", description = "A page",
            content = @Content(schema = @Schema(ref = "ConnectionRequests")))
    @APIResponse(responseCode = "400", description = "Bad limit, status or offset",
            content = @Content(schema = @Schema(ref = "Error")))
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Items per page, 1 to 10;"
            + " larger values count as 10; default 5",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "5"))
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Effective status to"
            + " list, any case; default Pending",
            schema = @Schema(type = SchemaType.STRING, defaultValue = "Pending", enumeration = {
                "Pending", "Processing", "Retry", "Connected", "Failed"}))
    @Parameter(name = "offset", in = ParameterIn.QUERY, description = "Opaque cursor from the"
            + " NextPage of a previous answer", schema = @Schema(type = SchemaType.STRING))
    @Timed(name = TIMER, absolute = true, tags = "operation=list",
            description = TIMER_DESCRIPTION)
    public ConnectionRequestPage list(@Valid @BeanParam ListingQuery query) {
        Status status = query.status();
        boolean delivering = status == Status.PENDING && Roles.held(security, Roles.PARTNER);

        RequestPage page = delivering
                ? lifecycle.deliver(query.limit(), query.offset())
                : lifecycle.list(status, query.limit(), query.offset());

        return pageView(page, status, query.limit());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PARTNER, Roles.ADMIN})
    @Operation(operationId = "readConnectionRequest",
            summary = "Read one connection request", description = "Shows the effective"
            + " status; never the request token.")
    @APIResponse(responseCode = "200", description = "The request",
            content = @Content(schema = @Schema(ref = "ConnectionRequest")))
    @APIResponse(responseCode = "404", description = "No such request for this supplier",
            content = @Content(schema = @Schema(ref = "Error")))
    @Timed(name = TIMER, absolute = true, tags = "operation=read",
            description = TIMER_DESCRIPTION)
    public ConnectionRequestView read(@PathParam("id")
            @Parameter(description = "Request ID", required = true)
            String id) {
        RequestSnapshot request = lifecycle.find(id);
        return ConnectionRequestView.of(request, requestUri(request.publicId()));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createConnectionRequest",
            summary = "Create a request on behalf of a user", description = "Looks the user"
            + " up in the user directory. If the user already has an open request, that one is"
            + " returned, so the call is safe to repeat.")
    @APIResponse(responseCode = "200", description = "The ID and URI of the request; also in"
            + " the Location header",
            content = @Content(schema = @Schema(ref = "CreateResponse")))
    @APIResponse(responseCode = "400", description = "No or unknown user",
            content = @Content(schema = @Schema(ref = "Error")))
    @Parameters(@Parameter(name = "user", in = ParameterIn.QUERY, required = true,
            description = "Login ID of the user in the user directory",
            schema = @Schema(type = SchemaType.STRING, maxLength = 256)))
    @Timed(name = TIMER, absolute = true, tags = "operation=create",
            description = TIMER_DESCRIPTION)
    public Response create(@Valid @BeanParam CreationQuery query) {
        Creation creation = lifecycle.createFor(query.loginId());

        URI location = requestUri(creation.request().publicId());
        return Response.ok(new CreateResponse(creation.request().publicId(), location.toString()))
                .location(location)
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @RolesAllowed({Roles.PARTNER, Roles.ADMIN})
    @Operation(operationId = "putConnectionRequestStatus",
            summary = "Put back the partner's status code", description = "Only Status is"
            + " read, in any case. Repeating the code that produced the current state is"
            + " accepted and changes nothing.")
    @RequestBody(required = true, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(ref = "ConnectionRequestPut")),
        @Content(mediaType = MediaType.APPLICATION_XML,
                schema = @Schema(ref = "ConnectionRequestPut")),
        @Content(mediaType = MediaType.TEXT_XML,
                schema = @Schema(ref = "ConnectionRequestPut"))})
    @APIResponse(responseCode = "204", description = "Applied, or a repeat of the last code")
    @APIResponse(responseCode = "400", description = "Unreadable body or unknown code",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such request for this supplier",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "The state does not allow this code",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "413", description = "Body larger than the configured limit",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "415", description = "Body neither JSON nor XML",
            content = @Content(schema = @Schema(ref = "Error")))
    @Timed(name = TIMER, absolute = true, tags = "operation=answer",
            description = TIMER_DESCRIPTION)
    public void answer(@PathParam("id")
            @Parameter(description = "Request ID", required = true) String id,
            byte[] body) {
        if (body.length > 0 && headers.getMediaType() == null) {
            throw new NotSupportedException("The body has no Content-Type.");
        }
        lifecycle.answer(id, StatusBodyReader.read(body, headers.getMediaType()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteConnectionRequest",
            summary = "Delete a connection request")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such request for this supplier",
            content = @Content(schema = @Schema(ref = "Error")))
    @Timed(name = TIMER, absolute = true, tags = "operation=delete",
            description = TIMER_DESCRIPTION)
    public void delete(@PathParam("id")
            @Parameter(description = "Request ID", required = true) String id) {
        lifecycle.delete(id);
    }

    private ConnectionRequestPage pageView(RequestPage page, Status status, int limit) {
        ConnectionRequestPage view = new ConnectionRequestPage();
        page.items().forEach(item ->
                view.items.add(ConnectionRequestView.of(item, requestUri(item.publicId()))));
        if (page.nextCursor() != null) {
            view.nextPage = collection()
                    .queryParam("limit", limit)
                    .queryParam("status", status.displayName())
                    .queryParam("offset", page.nextCursor())
                    .build().toString();
        }
        return view;
    }

    private URI requestUri(String id) {
        return collection().path(id).build();
    }

    private UriBuilder collection() {
        return uris.base(uriInfo, headers).path(ResourcePathFilter.CANONICAL);
    }
}
