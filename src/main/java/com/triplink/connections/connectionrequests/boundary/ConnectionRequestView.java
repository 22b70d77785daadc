package com.triplink.connections.connectionrequests.boundary;

import com.triplink.connections.connectionrequests.control.RequestSnapshot;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One connection request with the field names of version 3.0. */
@XmlRootElement(name = "ConnectionRequest")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ConnectionRequest", propOrder = {"firstName", "id", "lastModified", "lastName",
    "loyaltyNumber", "middleName", "requestToken", "status", "uri"})
@JsonbPropertyOrder({"firstName", "id", "lastModified", "lastName", "loyaltyNumber",
    "middleName", "requestToken", "status", "uri"})
@Schema(name = "ConnectionRequest", description = "A user's request to connect their account")
public class ConnectionRequestView {

    private static final DateTimeFormatter LAST_MODIFIED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    @XmlElement(name = "FirstName", nillable = true)
    @JsonbProperty("FirstName")
    @JsonbNillable
    @Schema(name = "FirstName", nullable = true)
    public String firstName;

    @XmlElement(name = "ID", nillable = true)
    @JsonbProperty("ID")
    @JsonbNillable
    @Schema(name = "ID", description = "The request's ID",
            example = "0f8fad5b-d9cb-469f-a165-70867728950e")
    public String id;

    @XmlElement(name = "LastModified", nillable = true)
    @JsonbProperty("LastModified")
    @JsonbNillable
    @Schema(name = "LastModified", description = "UTC, yyyy-MM-ddTHH:mm:ss",
            example = "2026-12-03T16:22:41")
    public String lastModified;

    @XmlElement(name = "LastName", nillable = true)
    @JsonbProperty("LastName")
    @JsonbNillable
    @Schema(name = "LastName", nullable = true)
    public String lastName;

    @XmlElement(name = "LoyaltyNumber", nillable = true)
    @JsonbProperty("LoyaltyNumber")
    @JsonbNillable
    @Schema(name = "LoyaltyNumber", nullable = true,
            description = "The user's loyalty number with this supplier; null when unknown")
    public String loyaltyNumber;

    @XmlElement(name = "MiddleName", nillable = true)
    @JsonbProperty("MiddleName")
    @JsonbNillable
    @Schema(name = "MiddleName", nullable = true)
    public String middleName;

    @XmlElement(name = "RequestToken", nillable = true)
    @JsonbProperty("RequestToken")
    @JsonbNillable
    @Schema(name = "RequestToken", nullable = true, description = "Only in the poll answer that"
            + " delivers the request; exchange it at the token endpoint")
    public String requestToken;

    @XmlElement(name = "Status", nillable = true)
    @JsonbProperty("Status")
    @JsonbNillable
    @Schema(name = "Status",
            enumeration = {"Pending", "Processing", "Retry", "Connected", "Failed"})
    public String status;

    @XmlElement(name = "URI", nillable = true)
    @JsonbProperty("URI")
    @JsonbNillable
    @Schema(name = "URI", description = "Absolute URI of this request")
    public String uri;

    /** The view of a request, whose own URI is {@code self}. */
    static ConnectionRequestView of(RequestSnapshot request, URI self) {
        ConnectionRequestView view = new ConnectionRequestView();
        view.firstName = request.firstName();
        view.id = request.publicId();
        view.lastModified = LAST_MODIFIED.format(request.lastModified()
                .truncatedTo(ChronoUnit.SECONDS));
        view.lastName = request.lastName();
        view.loyaltyNumber = request.loyaltyNumber();
        view.middleName = request.middleName();
        view.requestToken = request.requestToken();
        view.status = request.status().displayName();
        view.uri = self.toString();
        return view;
    }
}
