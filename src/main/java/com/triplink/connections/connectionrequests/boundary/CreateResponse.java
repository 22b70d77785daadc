package com.triplink.connections.connectionrequests.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a request created on behalf of a user. */
@XmlRootElement(name = "CreateResponse")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CreateResponse", propOrder = {"id", "uri"})
@JsonbPropertyOrder({"id", "uri"})
@Schema(name = "CreateResponse")
public class CreateResponse {

    @XmlElement(name = "ID")
    @JsonbProperty("ID")
    @JsonbNillable
    @Schema(name = "ID")
    public String id;

    @XmlElement(name = "URI")
    @JsonbProperty("URI")
    @JsonbNillable
    @Schema(name = "URI", description = "Absolute URI of the request")
    public String uri;

    public CreateResponse() {
    }

    CreateResponse(String id, String uri) {
        this.id = id;
        this.uri = uri;
    }
}
