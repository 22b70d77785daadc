package com.triplink.connections.connectionrequests.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.triplink.connections.errors.control.DomainException;
import com.triplink.connections.errors.control.ErrorKind;
import com.triplink.connections.users.entity.DirectoryUser;
import com.triplink.connections.users.entity.UserProfile;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConnectionRequestTest {

    private static final LifecyclePolicy POLICY = new LifecyclePolicy(Duration.ofMinutes(10),
            Duration.ofMinutes(2), Duration.ofMinutes(30), Duration.ofMinutes(1), 2, 1, 2);
    private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");

    private final DirectoryUser user = userWithLoyalty();
    private final ConnectionRequest request = new ConnectionRequest("S1", user, START);

    private static DirectoryUser userWithLoyalty() {
        return new DirectoryUser(UserProfile.of("ada", "Ada", null, "Lovelace")
                .withLoyaltyNumber("S1", "LN-1").withLoyaltyNumber("S2", "LN-2"), START);
    }

    @Test
    void newRequestIsPendingWithTheUsersDetailsForItsSupplier() {
        assertEquals(Status.PENDING, request.effectiveStatus(START, POLICY));
        assertEquals("Ada", request.getFirstName());
        assertEquals("LN-1", request.getLoyaltyNumber());
        assertEquals(36, request.getPublicId().length());
    }

    @Test
    void deliveryLeasesTheRequestWithAToken() {
        request.deliver("hash", START, POLICY);

        assertEquals(Status.PROCESSING, request.effectiveStatus(START.plusSeconds(599), POLICY));
        assertEquals("hash", request.getTokenHash());
        assertEquals(START.plus(Duration.ofMinutes(1)), request.getTokenExpiresAt());
        assertEquals(Status.PENDING, request.effectiveStatus(START.plusSeconds(600), POLICY),
                "an expired lease shows as Pending");
        assertEquals(START.plusSeconds(600),
                request.effectiveLastModified(START.plusSeconds(700), POLICY));
    }

    @Test
    void onlyAPendingRequestCanBeDelivered() {
        request.deliver("hash", START, POLICY);

        assertThrows(IllegalStateException.class, () -> request.deliver("again", START, POLICY));
    }

    @Test
    void tooManyUnansweredDeliveriesFail() {
        request.deliver("h1", START, POLICY);
        request.deliver("h2", START.plusSeconds(600), POLICY);

        assertEquals(Status.FAILED, request.effectiveStatus(START.plusSeconds(1200), POLICY));
        assertFalse(request.isOpen(START.plusSeconds(1200), POLICY));
    }

    @Test
    void settlingARunOutLeaseWritesDownPendingAndShowsTheSame() {
        request.deliver("h1", START, POLICY);
        Instant later = START.plusSeconds(700);

        assertNull(request.settle(START.plusSeconds(599), POLICY), "the lease still runs");
        assertEquals(Status.PENDING, request.settle(later, POLICY));

        assertEquals(Status.PENDING, request.getStatus());
        assertEquals(Status.PENDING, request.effectiveStatus(later, POLICY));
        assertEquals(START.plusSeconds(600), request.effectiveLastModified(later, POLICY),
                "the change dates from the end of the lease, as before it was written down");
        assertNull(request.settle(later, POLICY), "nothing is left to write down");
        request.deliver("h2", later, POLICY);
        assertEquals(2, request.getUnansweredDeliveries(), "the lapsed delivery still counts");
    }

    @Test
    void settlingARunOutDelayWritesDownPending() {
        request.deliver("h1", START, POLICY);
        request.answer(PartnerCode.CRRET, START, POLICY);

        assertNull(request.settle(START.plusSeconds(119), POLICY), "the delay still runs");
        assertEquals(Status.PENDING, request.settle(START.plusSeconds(120), POLICY));
        assertEquals(Status.PENDING, request.effectiveStatus(START.plusSeconds(121), POLICY));
    }

    @Test
    void settlingTooManyUnansweredDeliveriesWritesDownFailedWithTheReason() {
        request.deliver("h1", START, POLICY);
        request.deliver("h2", START.plusSeconds(600), POLICY);
        Instant later = START.plusSeconds(1300);
        assertEquals(FailureReason.UNANSWERED_DELIVERIES_EXHAUSTED,
                request.effectiveFailureReason(later, POLICY));

        assertEquals(Status.FAILED, request.settle(later, POLICY));

        assertEquals(Status.FAILED, request.getStatus());
        assertEquals(FailureReason.UNANSWERED_DELIVERIES_EXHAUSTED,
                request.effectiveFailureReason(later, POLICY), "the reason is unchanged");
        assertEquals(START.plusSeconds(1200), request.effectiveLastModified(later, POLICY));
        assertNull(request.getTokenHash());
    }

    @Test
    void successIsFinalAndClearsTheToken() {
        request.deliver("hash", START, POLICY);

        assertTrue(request.answer(PartnerCode.CRSUC, START, POLICY));

        assertEquals(Status.CONNECTED, request.effectiveStatus(START.plusSeconds(99999), POLICY));
        assertNull(request.getTokenHash());
        assertFalse(request.answer(PartnerCode.CRSUC, START, POLICY), "a resend changes nothing");
        DomainException conflict = assertThrows(DomainException.class,
                () -> request.answer(PartnerCode.CREU1, START, POLICY));
        assertEquals(ErrorKind.CONFLICT, conflict.kind());
    }

    @ParameterizedTest
    @EnumSource(value = PartnerCode.class, names = {"CRPA1", "CRPA2", "CRRET"})
    void partnerErrorsWaitTheRetryDelay(PartnerCode code) {
        request.deliver("hash", START, POLICY);

        request.answer(code, START, POLICY);

        assertEquals(Status.RETRY, request.effectiveStatus(START.plusSeconds(119), POLICY));
        assertEquals(Status.PENDING, request.effectiveStatus(START.plusSeconds(120), POLICY));
        assertEquals(0, request.getUnansweredDeliveries(), "an answer resets the count");
    }

    @ParameterizedTest
    @EnumSource(value = PartnerCode.class, names = {"CREU1", "CREU2", "CREU3"})
    void userActionCodesWaitTheUserActionDelay(PartnerCode code) {
        request.deliver("hash", START, POLICY);

        request.answer(code, START, POLICY);

        assertEquals(Status.RETRY, request.effectiveStatus(START.plusSeconds(1799), POLICY));
        assertEquals(Status.PENDING, request.effectiveStatus(START.plusSeconds(1800), POLICY));
    }

    @Test
    void partnerRetriesBeyondTheMaximumFail() {
        Instant now = START;
        for (int round = 0; round < 2; round++) {
            request.deliver("h", now, POLICY);
            request.answer(PartnerCode.CRRET, now, POLICY);
            assertEquals(Status.RETRY, request.getStatus());
            now = now.plusSeconds(120);
        }
        request.deliver("h", now, POLICY);

        request.answer(PartnerCode.CRRET, now, POLICY);

        assertEquals(Status.FAILED, request.effectiveStatus(now.plusSeconds(99999), POLICY));
        assertFalse(request.answer(PartnerCode.CRRET, now, POLICY),
                "the failing code may be resent");
    }

    @Test
    void userActionRoundsBeyondTheMaximumFail() {
        request.deliver("h", START, POLICY);
        request.answer(PartnerCode.CREU1, START, POLICY);
        Instant later = START.plusSeconds(1800);
        request.deliver("h", later, POLICY);

        request.answer(PartnerCode.CREU3, later, POLICY);

        assertEquals(Status.FAILED, request.getStatus());
    }

    @Test
    void aDifferentCodeOnRetryIsAConflictButTheSameIsNot() {
        request.deliver("h", START, POLICY);
        request.answer(PartnerCode.CRPA1, START, POLICY);

        assertFalse(request.answer(PartnerCode.CRPA1, START, POLICY));
        assertThrows(DomainException.class, () -> request.answer(PartnerCode.CRSUC, START, POLICY));
        assertTrue(request.answer(PartnerCode.CRSUC, START.plusSeconds(120), POLICY),
                "once the delay passed the request is Pending and takes any code");
    }

    @Test
    void aNewDeliveryForgetsTheLastCode() {
        request.deliver("h", START, POLICY);
        request.answer(PartnerCode.CRRET, START, POLICY);
        request.deliver("h2", START.plusSeconds(120), POLICY);

        assertNull(request.getLastCode());
        assertNotNull(request.getTokenHash());
    }

    @Test
    void codesAndStatusesParseInAnyCase() {
        assertEquals(PartnerCode.CREU2, PartnerCode.parse(" creu2 ").orElseThrow());
        assertEquals(Status.RETRY, Status.parse("rEtRy").orElseThrow());
        assertTrue(PartnerCode.parse("CRXXX").isEmpty());
    }
}
