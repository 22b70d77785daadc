package com.triplink.connections.connectionrequests.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.triplink.connections.testsupport.Api;
import com.triplink.connections.testsupport.DeployedService;
import com.triplink.connections.testsupport.Fixtures;
import com.triplink.connections.testsupport.ServiceArchive;
import com.triplink.connections.testsupport.TestTokens;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Who may do what (no token, invalid tokens, wrong role, right role, for every operation), the
 * supplier boundary, and delivery to many concurrent pollers.
 */
class AccessAndConcurrencyIT extends DeployedService {

    private static final String STRANGER_ROLE = TestTokens.forRoles("traveller");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceArchive.create(Map.of());
    }

    /** One operation of the matrix: sends it with a token (or none) and returns the answer. */
    private Map<String, BiFunction<String, String, HttpResponse<String>>> operations() {
        return Map.of(
                "GET list", (token, id) -> api.resource("?status=Processing").token(token)
                        .accept(Api.JSON).get(),
                "GET one", (token, id) -> api.resource("/" + id).token(token)
                        .accept(Api.JSON).get(),
                "POST", (token, id) -> api.resource("?user=" + id).token(token)
                        .accept(Api.JSON).post(),
                "PUT", (token, id) -> api.resource("/" + id).token(token)
                        .accept(Api.JSON).put(Api.JSON, "{\"Status\":\"CRRET\"}"),
                "DELETE", (token, id) -> api.resource("/" + id).token(token)
                        .accept(Api.JSON).delete());
    }

    @Test
    void withoutAValidTokenEveryOperationIs401() {
        String id = fixtures.create(fixtures.users(1) + "-0");
        Map<String, String> invalid = new java.util.LinkedHashMap<>();
        invalid.put("no token", null);
        invalid.put("garbage", "not.a.jwt");
        invalid.put("other key", TestTokens.signedByStranger(TestTokens.ADMIN));
        invalid.put("expired", TestTokens.expired(TestTokens.ADMIN));
        invalid.put("wrong issuer", TestTokens.wrongIssuer(TestTokens.ADMIN));

        operations().forEach((operation, send) -> invalid.forEach((caller, token) -> {
            HttpResponse<String> response = send.apply(token, id);
            assertError(response, 401, "UNAUTHORIZED", "bearer token");
            assertEquals("Bearer", response.headers().firstValue("WWW-Authenticate")
                    .orElse(null), operation + " with " + caller);
        }));
        assertEquals("Pending", fixtures.statusOf(id), "nothing changed");
    }

    @Test
    void aValidTokenWithoutTheRoleIs403() {
        String id = fixtures.create(fixtures.users(1) + "-0");

        operations().forEach((operation, send) ->
                assertError(send.apply(STRANGER_ROLE, id), 403, "FORBIDDEN", "role"));
        for (String operation : List.of("POST", "DELETE")) {
            assertError(operations().get(operation).apply(PARTNER, id), 403, "FORBIDDEN", "role");
        }
        assertEquals("Pending", fixtures.statusOf(id), "nothing changed");
    }

    @Test
    void theRightRolesMayCallEachOperation() {
        String prefix = fixtures.users(2);
        String id = fixtures.create(prefix + "-0");
        var ops = operations();

        assertEquals(200, ops.get("GET list").apply(PARTNER, id).statusCode());
        assertEquals(200, ops.get("GET list").apply(ADMIN, id).statusCode());
        assertEquals(200, ops.get("GET one").apply(PARTNER, id).statusCode());
        assertEquals(200, ops.get("GET one").apply(ADMIN, id).statusCode());
        assertEquals(200, ops.get("POST").apply(ADMIN, prefix + "-1").statusCode());
        assertEquals(204, ops.get("PUT").apply(PARTNER, id).statusCode());
        assertEquals(204, ops.get("PUT").apply(ADMIN, id).statusCode(), "a resend is accepted");
        assertEquals(204, ops.get("DELETE").apply(ADMIN, id).statusCode());
    }

    @Test
    void anotherSuppliersRequestIsAbsentOnEveryMethod() {
        String foreign = api.call("api/test-support/foreign-request?supplier=OTHER&login=f-"
                + System.nanoTime()).post().body();

        assertError(api.resource("/" + foreign).token(ADMIN).accept(Api.JSON).get(),
                404, "NOT_FOUND", "");
        assertError(api.resource("/" + foreign).token(PARTNER).accept(Api.JSON)
                .put(Api.JSON, "{\"Status\":\"CRSUC\"}"), 404, "NOT_FOUND", "");
        assertError(api.resource("/" + foreign).token(ADMIN).accept(Api.JSON).delete(),
                404, "NOT_FOUND", "");
        assertFalse(fixtures.listAll("Pending", 10).contains(foreign), "not listed");
        for (JsonObject page = fixtures.poll(10); !Fixtures.items(page).isEmpty();
                page = fixtures.poll(10)) {
            Fixtures.items(page).forEach(item ->
                    assertFalse(foreign.equals(item.getString("ID")), "never delivered"));
        }
    }

    @Test
    void concurrentPollersReceiveEachRequestExactlyOnce() throws Exception {
        int requests = 300;
        int pollers = 8;
        String prefix = fixtures.users(requests);
        ExecutorService pool = Executors.newFixedThreadPool(pollers);
        Set<String> created = ConcurrentHashMap.newKeySet();
        List<Future<?>> creations = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String login = prefix + "-" + i;
            creations.add(pool.submit(() -> created.add(fixtures.create(login))));
        }
        for (Future<?> creation : creations) {
            creation.get(2, TimeUnit.MINUTES);
        }
        List<String> delivered = Collections.synchronizedList(new ArrayList<>());

        List<Future<?>> polls = new ArrayList<>();
        for (int p = 0; p < pollers; p++) {
            polls.add(pool.submit(() -> {
                for (int round = 0; round < 1000; round++) {
                    List<JsonObject> items = Fixtures.items(fixtures.poll(10));
                    if (items.isEmpty()) {
                        return;
                    }
                    items.forEach(item -> delivered.add(item.getString("ID")));
                }
            }));
        }
        for (Future<?> poll : polls) {
            poll.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertEquals(requests, created.size());
        assertEquals(delivered.size(), new HashSet<>(delivered).size(),
                "no request was delivered twice");
        assertTrue(delivered.containsAll(created), "every request was delivered; missing "
                + created.stream().filter(id -> !delivered.contains(id)).count());
    }

    @Test
    void concurrentAnswersLeaveOneConsistentOutcome() throws Exception {
        String id = fixtures.create(fixtures.users(1) + "-0");
        fixtures.deliver(id);
        List<String> codes = List.of("CRSUC", "CRRET", "CREU1", "CRSUC", "CRRET", "CREU1",
                "CRSUC", "CRRET");
        ExecutorService pool = Executors.newFixedThreadPool(codes.size());
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();

        for (String code : codes) {
            answers.add(pool.submit(() -> fixtures.put(id, code)));
        }
        Map<String, List<Integer>> statusesByCode = new ConcurrentHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            int status = answers.get(i).get(1, TimeUnit.MINUTES).statusCode();
            statusesByCode.computeIfAbsent(codes.get(i), code -> new ArrayList<>()).add(status);
        }
        pool.shutdown();

        List<String> applied = statusesByCode.entrySet().stream()
                .filter(entry -> entry.getValue().contains(204)).map(Map.Entry::getKey).toList();
        assertEquals(1, applied.size(), "exactly one code won: " + statusesByCode);
        statusesByCode.forEach((code, statuses) -> statuses.forEach(status ->
                assertEquals(code.equals(applied.get(0)) ? 204 : 409, status,
                        code + " while " + applied.get(0) + " won")));
        String expected = applied.get(0).equals("CRSUC") ? "Connected" : "Retry";
        assertEquals(expected, fixtures.statusOf(id));
    }

    @Test
    void concurrentCreationsForOneUserMakeOneRequest() throws Exception {
        String login = fixtures.users(1) + "-0";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> creations = new ArrayList<>();

        for (int i = 0; i < 8; i++) {
            creations.add(pool.submit(() -> fixtures.create(login)));
        }
        Set<String> ids = new HashSet<>();
        for (Future<String> creation : creations) {
            ids.add(creation.get(1, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertEquals(1, ids.size(), "one request for the user: " + ids);
    }

    private static void assertError(HttpResponse<String> response, int status, String code,
            String messagePart) {
        ConnectionRequestsResourceIT.assertError(response, status, code, messagePart);
    }
}
