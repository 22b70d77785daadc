package com.triplink.connections.connectionrequests.control;

import com.triplink.connections.connectionrequests.entity.ConnectionRequest;
import com.triplink.connections.connectionrequests.entity.FailureReason;
import com.triplink.connections.connectionrequests.entity.LifecyclePolicy;
import com.triplink.connections.connectionrequests.entity.PartnerCode;
import com.triplink.connections.connectionrequests.entity.Status;
import java.time.Instant;
import java.util.List;

/**
 * A connection request as an admin looks into it: beside what partners see, whose it is, why
 * it failed, the partner's last answer, the attempts counted so far and when it is offered
 * again.
 *
 * @param failureReason why it failed for good, or {@code null}
 * @param lastCode the partner's last answer since the last delivery, or {@code null}
 * @param availableAt the end of the lease (Processing) or of the delay (Retry), else null
 */
public record RequestDetails(String publicId, String userName, Status status,
        FailureReason failureReason, PartnerCode lastCode, int partnerRetries,
        int userActionRounds, int unansweredDeliveries, String firstName, String middleName,
        String lastName, String loyaltyNumber, List<String> emails, Instant createdAt,
        Instant lastModified, Instant availableAt) {

    static RequestDetails of(ConnectionRequest request, Instant now, LifecyclePolicy policy) {
        Status status = request.effectiveStatus(now, policy);
        boolean waiting = status == Status.PROCESSING || status == Status.RETRY;
        return new RequestDetails(request.getPublicId(), request.getUser().getLoginId(), status,
                request.effectiveFailureReason(now, policy), request.getLastCode(),
                request.getPartnerRetries(), request.getUserActionRounds(),
                request.getUnansweredDeliveries(), request.getFirstName(),
                request.getMiddleName(), request.getLastName(), request.getLoyaltyNumber(),
                request.getEmails(), request.getCreatedAt(),
                request.effectiveLastModified(now, policy),
                waiting ? request.getAvailableAt() : null);
    }
}
