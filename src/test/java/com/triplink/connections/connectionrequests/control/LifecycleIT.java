package com.triplink.connections.connectionrequests.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.triplink.connections.testsupport.Api;
import com.triplink.connections.testsupport.DeployedService;
import com.triplink.connections.testsupport.ServiceArchive;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lifecycle over HTTP with configured timings and maxima, on a service whose clock the
 * tests move forward instead of waiting: lease 10 min, retry delay 2 min, user-action delay
 * 30 min, at most 2 partner retries, 1 user-action round and 2 unanswered deliveries. The
 * sweep is off, so what the service shows comes from leases and delays alone (and the counters
 * move only with the tests' calls; DueRequestSweepIT tests the sweep). The service also has a
 * configured public base URI here.
 */
class LifecycleIT extends DeployedService {

    private static final long RETRY_DELAY = 120;
    private static final long USER_ACTION_DELAY = 1800;
    private static final long LEASE = 600;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceArchive.create(Map.of(
                "triplink.lifecycle.lease", "PT10M",
                "triplink.lifecycle.retry-delay", "PT2M",
                "triplink.lifecycle.user-action-delay", "PT30M",
                "triplink.lifecycle.max-partner-retries", "2",
                "triplink.lifecycle.max-user-action-rounds", "1",
                "triplink.lifecycle.max-unanswered-deliveries", "2",
                "triplink.lifecycle.sweep-interval", "PT0S",
                "triplink.public-base-uri", "https://partners.example.com"));
    }

    private String deliveredRequest() {
        String id = fixtures.create(fixtures.users(1) + "-0");
        fixtures.deliver(id);
        return id;
    }

    @Test
    void successConnectsForGoodAndMayBeResent() {
        String id = deliveredRequest();

        assertEquals(204, fixtures.put(id, "CRSUC").statusCode());
        assertEquals("Connected", fixtures.statusOf(id));
        assertEquals(204, fixtures.put(id, "crsuc").statusCode(), "a resend is accepted");
        HttpResponse<String> other = fixtures.put(id, "CRRET");

        assertEquals(409, other.statusCode(), other.body());
        assertEquals("STATE_CONFLICT", Api.json(other).getString("Code"));
        assertEquals("Connected", fixtures.statusOf(id));
        assertTrue(fixtures.listAll("Connected", 10).contains(id));
    }

    @Test
    void answerOnAPendingRequestApplies() {
        String id = fixtures.create(fixtures.users(1) + "-0");

        assertEquals(204, fixtures.put(id, "CRSUC").statusCode());

        assertEquals("Connected", fixtures.statusOf(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CRPA1", "CRPA2", "CRRET"})
    void partnerErrorWaitsTheRetryDelayThenIsDeliveredWithANewToken(String code) {
        String id = fixtures.create(fixtures.users(1) + "-0");
        String firstToken = fixtures.deliver(id).getString("RequestToken");

        assertEquals(204, fixtures.put(id, code).statusCode());
        JsonObject waiting = fixtures.read(id);
        assertEquals("Retry", waiting.getString("Status"));
        assertTrue(fixtures.listAll("Retry", 10).contains(id));
        assertEquals(204, fixtures.put(id, code).statusCode(), "resending the code is accepted");
        assertEquals(409, fixtures.put(id, "CRSUC").statusCode(), "another code is not");

        fixtures.advanceClock(RETRY_DELAY + 1);

        JsonObject due = fixtures.read(id);
        assertEquals("Pending", due.getString("Status"), "shown as Pending once the delay passed");
        assertNotEquals(waiting.getString("LastModified"), due.getString("LastModified"));
        assertTrue(fixtures.listAll("Pending", 10).contains(id), "listed as Pending");
        assertFalse(fixtures.listAll("Retry", 10).contains(id), "no longer listed as Retry");
        String secondToken = fixtures.deliver(id).getString("RequestToken");
        assertNotEquals(firstToken, secondToken, "a new delivery has a new token");
        assertEquals("Processing", fixtures.statusOf(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CREU1", "CREU2", "CREU3"})
    void userActionWaitsTheUserActionDelay(String code) {
        String id = deliveredRequest();

        assertEquals(204, fixtures.put(id, code).statusCode());
        fixtures.advanceClock(RETRY_DELAY + 1);

        assertEquals("Retry", fixtures.statusOf(id), "the retry delay is not enough");
        fixtures.advanceClock(USER_ACTION_DELAY);
        assertEquals("Pending", fixtures.statusOf(id));
    }

    @Test
    void partnerRetriesPastTheMaximumFail() {
        String id = deliveredRequest();

        for (int retry = 1; retry <= 2; retry++) {
            assertEquals(204, fixtures.put(id, "CRPA2").statusCode());
            assertEquals("Retry", fixtures.statusOf(id), "retry " + retry);
            fixtures.advanceClock(RETRY_DELAY + 1);
            fixtures.deliver(id);
        }
        assertEquals(204, fixtures.put(id, "CRPA2").statusCode());

        assertEquals("Failed", fixtures.statusOf(id), "the third partner error is one too many");
        assertTrue(fixtures.listAll("Failed", 10).contains(id));
        assertEquals(204, fixtures.put(id, "CRPA2").statusCode(), "a resend is accepted");
        assertEquals(409, fixtures.put(id, "CRSUC").statusCode());
    }

    @Test
    void userActionRoundsPastTheMaximumFail() {
        String id = deliveredRequest();

        assertEquals(204, fixtures.put(id, "CREU1").statusCode());
        fixtures.advanceClock(USER_ACTION_DELAY + 1);
        fixtures.deliver(id);
        assertEquals(204, fixtures.put(id, "CREU2").statusCode());

        assertEquals("Failed", fixtures.statusOf(id));
    }

    @Test
    void unansweredDeliveriesComeBackUntilTheMaximum() {
        String id = deliveredRequest();
        fixtures.advanceClock(LEASE + 1);

        assertEquals("Pending", fixtures.statusOf(id), "an expired lease shows as Pending");
        fixtures.deliver(id);
        assertEquals("Processing", fixtures.statusOf(id));
        fixtures.advanceClock(LEASE + 1);

        assertEquals("Failed", fixtures.statusOf(id), "the second unanswered delivery is the last");
        assertTrue(fixtures.listAll("Failed", 10).contains(id));
        assertFalse(fixtures.listAll("Pending", 10).contains(id));
        assertEquals(409, fixtures.put(id, "CRSUC").statusCode());
    }

    @Test
    void anAnswerResetsTheUnansweredCount() {
        String id = deliveredRequest();
        fixtures.advanceClock(LEASE + 1);
        fixtures.deliver(id);
        assertEquals(204, fixtures.put(id, "CRRET").statusCode());
        fixtures.advanceClock(RETRY_DELAY + 1);
        fixtures.deliver(id);

        fixtures.advanceClock(LEASE + 1);

        assertEquals("Pending", fixtures.statusOf(id), "one unanswered delivery since the answer");
    }

    @Test
    void processingIsListedWhileTheLeaseRuns() {
        String id = deliveredRequest();

        assertTrue(fixtures.listAll("Processing", 10).contains(id));
        assertFalse(fixtures.listAll("Pending", 10).contains(id));
    }

    @Test
    void theConfiguredPublicBaseUriShapesEveryUri() {
        String id = fixtures.create(fixtures.users(1) + "-0");

        String uri = fixtures.read(id).getString("URI");

        assertEquals("https://partners.example.com/" + Api.RESOURCE + "/" + id, uri);
    }

    @Test
    void metricsCountOperationsAndOutcomes() {
        String prefix = fixtures.users(2);
        String failing = fixtures.create(prefix + "-0");
        String before = metrics();

        for (int round = 0; round < 3; round++) {
            fixtures.deliver(failing);
            assertEquals(204, fixtures.put(failing, "CRRET").statusCode());
            fixtures.advanceClock(RETRY_DELAY);
        }
        String connecting = fixtures.create(prefix + "-1");
        fixtures.deliver(connecting);
        assertEquals(204, fixtures.put(connecting, "CRSUC").statusCode());
        String after = metrics();

        assertEquals("Failed", fixtures.statusOf(failing));
        assertEquals(2, delta(before, after, "connection_requests_requeued_total", ""));
        assertEquals(1, delta(before, after, "connection_requests_failed_total", ""));
        assertEquals(1, delta(before, after, "connection_requests_connected_total", ""));
        assertTrue(delta(before, after, "connection_requests_delivered_total", "") >= 4);
        assertEquals(4, delta(before, after, "connection_requests_api_seconds_count",
                "operation=\"answer\""));
        assertTrue(after.contains("connection_requests_api_seconds{"), "latency quantiles");
    }

    private String metrics() {
        HttpResponse<String> response = api.call("metrics").accept("text/plain").get();
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** How much a Prometheus sample (with this label, if any) grew between two scrapes. */
    private static long delta(String before, String after, String name, String label) {
        return Math.round(sample(after, name, label) - sample(before, name, label));
    }

    private static double sample(String scrape, String name, String label) {
        return scrape.lines()
                .filter(line -> line.startsWith(name + "{") && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }
}
