package com.triplink.connections.connectionrequests.boundary;

import com.triplink.connections.connectionrequests.control.RequestDetails;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A connection request as an admin looks into it: what partners see, and whose it is, why it
 * failed, the partner's last answer, the attempts so far and when it is offered again. Not part
 * of the v3.0 representation, which stays as partners know it.
 */
@XmlRootElement(name = "ConnectionRequestDetails")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ConnectionRequestDetails", propOrder = {"id", "userName", "status",
    "failureReason", "failureDescription", "lastCode", "partnerRetries", "userActionRounds",
    "unansweredDeliveries", "firstName", "middleName", "lastName", "loyaltyNumber", "emails",
    "createdAt", "lastModified", "availableAt"})
@JsonbPropertyOrder({"id", "userName", "status", "failureReason", "failureDescription",
    "lastCode", "partnerRetries", "userActionRounds", "unansweredDeliveries", "firstName",
    "middleName", "lastName", "loyaltyNumber", "emails", "createdAt", "lastModified",
    "availableAt"})
@Schema(name = "ConnectionRequestDetails",
        description = "A connection request with what an admin needs to look into it")
public class ConnectionRequestDetailsView {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    @XmlElement(name = "ID")
    @JsonbProperty("ID")
    @Schema(name = "ID")
    public String id;

    @XmlElement(name = "UserName")
    @JsonbProperty("UserName")
    @Schema(name = "UserName", description = "The login ID of the user in the directory")
    public String userName;

    @XmlElement(name = "Status")
    @JsonbProperty("Status")
    @Schema(name = "Status", description = "The effective status",
            enumeration = {"Pending", "Processing", "Retry", "Connected", "Failed"})
    public String status;

    @XmlElement(name = "FailureReason", nillable = true)
    @JsonbProperty("FailureReason")
    @JsonbNillable
    @Schema(name = "FailureReason", nullable = true, description = "Why it failed for good;"
            + " null unless Failed", enumeration = {"PARTNER_RETRIES_EXHAUSTED",
                "USER_ACTION_ROUNDS_EXHAUSTED", "UNANSWERED_DELIVERIES_EXHAUSTED",
                "USER_DEACTIVATED", "USER_DELETED"})
    public String failureReason;

    @XmlElement(name = "FailureDescription", nillable = true)
    @JsonbProperty("FailureDescription")
    @JsonbNillable
    @Schema(name = "FailureDescription", nullable = true)
    public String failureDescription;

    @XmlElement(name = "LastCode", nillable = true)
    @JsonbProperty("LastCode")
    @JsonbNillable
    @Schema(name = "LastCode", nullable = true,
            description = "The partner's last answer since the last delivery")
    public String lastCode;

    @XmlElement(name = "PartnerRetries")
    @JsonbProperty("PartnerRetries")
    @Schema(name = "PartnerRetries")
    public int partnerRetries;

    @XmlElement(name = "UserActionRounds")
    @JsonbProperty("UserActionRounds")
    @Schema(name = "UserActionRounds")
    public int userActionRounds;

    @XmlElement(name = "UnansweredDeliveries")
    @JsonbProperty("UnansweredDeliveries")
    @Schema(name = "UnansweredDeliveries")
    public int unansweredDeliveries;

    @XmlElement(name = "FirstName", nillable = true)
    @JsonbProperty("FirstName")
    @JsonbNillable
    @Schema(name = "FirstName", nullable = true)
    public String firstName;

    @XmlElement(name = "MiddleName", nillable = true)
    @JsonbProperty("MiddleName")
    @JsonbNillable
    @Schema(name = "MiddleName", nullable = true)
    public String middleName;

    @XmlElement(name = "LastName", nillable = true)
    @JsonbProperty("LastName")
    @JsonbNillable
    @Schema(name = "LastName", nullable = true)
    public String lastName;

    @XmlElement(name = "LoyaltyNumber", nillable = true)
    @JsonbProperty("LoyaltyNumber")
    @JsonbNillable
    @Schema(name = "LoyaltyNumber", nullable = true)
    public String loyaltyNumber;

    @XmlElementWrapper(name = "Emails")
    @XmlElement(name = "Email")
    @JsonbProperty("Emails")
    @Schema(name = "Emails", type = SchemaType.ARRAY,
            description = "The e-mail addresses the request carries")
    public List<String> emails;

    @XmlElement(name = "CreatedAt")
    @JsonbProperty("CreatedAt")
    @Schema(name = "CreatedAt", description = "UTC, yyyy-MM-ddTHH:mm:ss")
    public String createdAt;

    @XmlElement(name = "LastModified")
    @JsonbProperty("LastModified")
    @Schema(name = "LastModified", description = "UTC, yyyy-MM-ddTHH:mm:ss")
    public String lastModified;

    @XmlElement(name = "AvailableAt", nillable = true)
    @JsonbProperty("AvailableAt")
    @JsonbNillable
    @Schema(name = "AvailableAt", nullable = true, description = "When the lease (Processing)"
            + " or the delay (Retry) ends, UTC; null in the other states")
    public String availableAt;

    static ConnectionRequestDetailsView of(RequestDetails details) {
        ConnectionRequestDetailsView view = new ConnectionRequestDetailsView();
        view.id = details.publicId();
        view.userName = details.userName();
        view.status = details.status().displayName();
        view.failureReason = details.failureReason() == null ? null
                : details.failureReason().name();
        view.failureDescription = details.failureReason() == null ? null
                : details.failureReason().description();
        view.lastCode = details.lastCode() == null ? null : details.lastCode().name();
        view.partnerRetries = details.partnerRetries();
        view.userActionRounds = details.userActionRounds();
        view.unansweredDeliveries = details.unansweredDeliveries();
        view.firstName = details.firstName();
        view.middleName = details.middleName();
        view.lastName = details.lastName();
        view.loyaltyNumber = details.loyaltyNumber();
        view.emails = details.emails();
        view.createdAt = format(details.createdAt());
        view.lastModified = format(details.lastModified());
        view.availableAt = format(details.availableAt());
        return view;
    }

    private static String format(Instant instant) {
        return instant == null ? null : UTC.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
