package com.triplink.connections.connectionrequests.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/**
 * The query parameter of a creation, validated where it enters. (A bean rather than annotated
 * method parameters: Payara's OpenAPI scanner fails on constraints of method parameters; the
 * resource method describes the parameter.)
 */
public class CreationQuery {

    private static final String REQUIRED = "user is required: the login ID of the user to connect.";

    @QueryParam("user")
    @NotNull(message = REQUIRED)
    @Pattern(regexp = "(?s).*\\S.*", message = REQUIRED)
    @Size(max = 256, message = "user must be a login ID of at most 256 characters.")
    String user;

    /** The login ID without surrounding blanks. */
    String loginId() {
        return user.trim();
    }
}
