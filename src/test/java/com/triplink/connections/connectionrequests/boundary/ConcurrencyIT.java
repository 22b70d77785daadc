package com.triplink.connections.connectionrequests.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.triplink.connections.testsupport.DeployedService;
import com.triplink.connections.testsupport.Fixtures;
import com.triplink.connections.testsupport.ServiceArchive;
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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Many callers at once: delivery to concurrent pollers, concurrent answers and concurrent
 * creations. (Who may do what is in the platform's AuthorizationMatrixIT.)
 */
class ConcurrencyIT extends DeployedService {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceArchive.create(Map.of());
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
}
