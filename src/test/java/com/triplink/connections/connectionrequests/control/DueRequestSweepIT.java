package com.triplink.connections.connectionrequests.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.triplink.connections.testsupport.Api;
import com.triplink.connections.testsupport.DeployedService;
import com.triplink.connections.testsupport.ServerLog;
import com.triplink.connections.testsupport.ServiceArchive;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The sweep, every second here, writes down what run-out leases make effective, without
 * changing what the API shows: lease 10 min, at most 2 unanswered deliveries; the tests move
 * the service's clock forward.
 */
class DueRequestSweepIT extends DeployedService {

    private static final long LEASE = 600;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static WebArchive deployment() {
        ServerLog.capture();
        return ServiceArchive.create(Map.of(
                "triplink.lifecycle.lease", "PT10M",
                "triplink.lifecycle.max-unanswered-deliveries", "2",
                "triplink.lifecycle.sweep-interval", "PT1S"));
    }

    @Test
    void aRunOutLeaseIsWrittenDownAsPending() {
        String id = fixtures.create(fixtures.users(1) + "-0");
        fixtures.deliver(id);
        assertEquals("PROCESSING", storedStatus(id), "stored as delivered");

        fixtures.advanceClock(LEASE + 1);

        assertEquals("Pending", fixtures.statusOf(id), "shown as Pending before the sweep");
        assertTrue(waitForStoredStatus(id, "PENDING"), "the sweep writes down Pending");
        assertEquals("Pending", fixtures.statusOf(id), "and it is still shown as Pending");
        assertTrue(fixtures.listAll("Pending", 10).contains(id), "listed as Pending");
        assertFalse(fixtures.listAll("Processing", 10).contains(id));
        assertEquals(1, details(id).getInt("UnansweredDeliveries"),
                "the lapsed delivery still counts");
    }

    @Test
    void tooManyUnansweredDeliveriesAreWrittenDownAsFailedLoggedAndCounted() {
        String id = fixtures.create(fixtures.users(1) + "-0");
        fixtures.deliver(id);
        fixtures.advanceClock(LEASE + 1);
        fixtures.deliver(id);
        double failedBefore = failedCount();

        fixtures.advanceClock(LEASE + 1);

        assertEquals("Failed", fixtures.statusOf(id), "shown as Failed before the sweep");
        assertTrue(waitForStoredStatus(id, "FAILED"), "the sweep writes down Failed");
        JsonObject details = details(id);
        assertEquals("Failed", details.getString("Status"));
        assertEquals("UNANSWERED_DELIVERIES_EXHAUSTED", details.getString("FailureReason"),
                details.toString());
        assertTrue(ServerLog.waitFor("Request " + id + " failed for good", PATIENCE),
                "the failure is logged");
        assertTrue(failedCount() >= failedBefore + 1, "the failure is counted");
        assertEquals(409, fixtures.put(id, "CRSUC").statusCode(), "it stays Failed");
    }

    @Test
    void theSweepReportsTheMomentUpToWhichEverythingIsWrittenDown() {
        String id = fixtures.create(fixtures.users(1) + "-0");
        fixtures.deliver(id);
        assertTrue(waitUntil(() -> sweepCutoff() > 0), "a sweep has written everything down");
        double before = sweepCutoff();

        fixtures.advanceClock(LEASE + 1);

        assertTrue(waitUntil(() -> sweepCutoff() >= before + LEASE + 1),
                "a sweep after the lease ran out reports its cutoff");
        assertEquals("PENDING", storedStatus(id),
                "the lease ran out before the reported cutoff, so it is written down");
    }

    /** The status column as stored, from the test-support fingerprint. */
    private String storedStatus(String id) {
        String fingerprint = fixtures.fingerprint(id);
        return fingerprint.substring(1, fingerprint.length() - 1).split(", ")[1];
    }

    private boolean waitForStoredStatus(String id, String status) {
        return waitUntil(() -> storedStatus(id).equals(status));
    }

    private static boolean waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
        return true;
    }

    private JsonObject details(String id) {
        HttpResponse<String> response = api.call("api/admin/connectionrequests/" + id)
                .token(ADMIN).accept(Api.JSON).get();
        assertEquals(200, response.statusCode(), response.body());
        return Api.json(response);
    }

    private double failedCount() {
        return metric("connection_requests_failed_total");
    }

    private double sweepCutoff() {
        return metric("connection_requests_sweep_cutoff_seconds");
    }

    /** The value of a metric without tags, 0 when it is absent. */
    private double metric(String name) {
        HttpResponse<String> response = api.call("metrics").accept("text/plain").get();
        assertEquals(200, response.statusCode(), response.body());
        return response.body().lines()
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }
}
