package com.triplink.connections.connectionrequests.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of connection requests and the URI of the next page. */
@XmlRootElement(name = "ConnectionRequests")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ConnectionRequests", propOrder = {"items", "nextPage"})
@JsonbPropertyOrder({"items", "nextPage"})
@Schema(name = "ConnectionRequests", description = "A page of connection requests")
public class ConnectionRequestPage {

    @XmlElementWrapper(name = "Items")
    @XmlElement(name = "ConnectionRequest")
    @JsonbProperty("Items")
    @JsonbNillable
    @Schema(name = "Items", description = "Oldest first", type = SchemaType.ARRAY)
    public List<ConnectionRequestView> items = new ArrayList<>();

    @XmlElement(name = "NextPage", nillable = true)
    @JsonbProperty("NextPage")
    @JsonbNillable
    @Schema(name = "NextPage", nullable = true,
            description = "Absolute URI of the next page; null on the last page")
    public String nextPage;
}
