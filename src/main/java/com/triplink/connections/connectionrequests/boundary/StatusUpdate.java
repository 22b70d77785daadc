package com.triplink.connections.connectionrequests.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a partner puts back, for the API description. Bodies are read leniently by
 * {@link StatusBodyReader}: any root element, any case of the field name, other fields ignored.
 */
@Schema(name = "ConnectionRequestPut", description = "Only Status is read; a whole"
        + " ConnectionRequest may be sent, other fields are ignored")
public class StatusUpdate {

    @Schema(name = "Status", required = true, description = "The partner's status code, any case",
            enumeration = {"CRSUC", "CREU1", "CREU2", "CREU3", "CRPA1", "CRPA2", "CRRET"})
    public String status;
}
