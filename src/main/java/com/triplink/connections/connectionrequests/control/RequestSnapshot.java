package com.triplink.connections.connectionrequests.control;

import com.triplink.connections.connectionrequests.entity.ConnectionRequest;
import com.triplink.connections.connectionrequests.entity.LifecyclePolicy;
import com.triplink.connections.connectionrequests.entity.Status;
import java.time.Instant;

/**
 * A connection request as a caller sees it at one moment: its effective status and, only in the
 * answer that delivers it, the request token.
 */
public record RequestSnapshot(String publicId, String firstName, String middleName,
        String lastName, String loyaltyNumber, Status status, Instant lastModified,
        String requestToken) {

    /** The request as it is effectively at {@code now}, without a token. */
    public static RequestSnapshot of(ConnectionRequest request, Instant now,
            LifecyclePolicy policy) {
        return new RequestSnapshot(request.getPublicId(), request.getFirstName(),
                request.getMiddleName(), request.getLastName(), request.getLoyaltyNumber(),
                request.effectiveStatus(now, policy), request.effectiveLastModified(now, policy),
                null);
    }

    /** The request as its delivery shows it: in the state it was selected in, with the token. */
    public static RequestSnapshot delivered(ConnectionRequest request, String token) {
        return new RequestSnapshot(request.getPublicId(), request.getFirstName(),
                request.getMiddleName(), request.getLastName(), request.getLoyaltyNumber(),
                Status.PENDING, request.getLastModified(), token);
    }
}
