package com.triplink.connections.connectionrequests.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.triplink.connections.testsupport.Api;
import com.triplink.connections.testsupport.Fixtures;
import com.triplink.connections.testsupport.MicroProcess;
import com.triplink.connections.testsupport.ServiceArchive;
import com.triplink.connections.testsupport.SharedDatabase;
import com.triplink.connections.testsupport.TestTokens;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two server instances on one database (the run's PostgreSQL, or an H2 server): 16 partner
 * clients spread over both poll until all 2,000 requests are delivered, and each request is
 * delivered exactly once.
 */
class MultiInstanceDeliveryIT {

    private static final int REQUESTS = 2_000;
    private static final int CLIENTS = 16;
    private static final String PARTNER = TestTokens.forRoles(TestTokens.PARTNER);
    private static final String ADMIN = TestTokens.forRoles(TestTokens.ADMIN);

    @Test
    void twoInstancesDeliverEachRequestExactlyOnce() throws Exception {
        try (SharedDatabase database = SharedDatabase.open("multi")) {
            Path war = MicroProcess.export(ServiceArchive.create(Map.of(
                    "triplink.paging.cursor-secret", "shared-by-both-instances")), "multi");
            ExecutorService starter = Executors.newFixedThreadPool(2);
            Future<MicroProcess> first = starter.submit(() -> MicroProcess.start("multi-a", war,
                    database.environment(), Map.of(), List.of()));
            Future<MicroProcess> second = starter.submit(() -> MicroProcess.start("multi-b", war,
                    database.environment(), Map.of(), List.of()));
            try (MicroProcess a = first.get(5, TimeUnit.MINUTES);
                    MicroProcess b = second.get(5, TimeUnit.MINUTES)) {
                starter.shutdown();
                List<Api> instances = List.of(new Api(a.base()), new Api(b.base()));
                seed(instances.get(0));

                List<String> delivered = pollUntilEmpty(instances);

                Set<String> distinct = new HashSet<>(delivered);
                assertEquals(delivered.size(), distinct.size(), "no request delivered twice");
                assertEquals(REQUESTS, distinct.size(), "every request delivered");
                for (Api instance : instances) {
                    HttpResponse<String> pending = instance.resource("?status=Pending&limit=1")
                            .token(ADMIN).accept(Api.JSON).get();
                    assertTrue(Fixtures.items(Api.json(pending)).isEmpty(), "none left");
                }
                System.out.println("Two instances delivered " + distinct.size()
                        + " requests to " + CLIENTS + " clients, each once");
            }
        }
    }

    private static void seed(Api api) {
        HttpResponse<String> response = api.call("api/test-support/requests?prefix=m"
                + System.nanoTime() + "&count=" + REQUESTS + "&supplier="
                + ServiceArchive.SUPPLIER).post();
        assertEquals(204, response.statusCode(), response.body());
    }

    private static List<String> pollUntilEmpty(List<Api> instances) throws Exception {
        ConcurrentLinkedQueue<String> delivered = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> runs = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            Api api = instances.get(client % instances.size());
            runs.add(clients.submit(() -> {
                for (int poll = 0; poll < REQUESTS; poll++) {
                    HttpResponse<String> response = api.resource("?limit=10").token(PARTNER)
                            .accept(Api.JSON).get();
                    assertEquals(200, response.statusCode(), response.body());
                    List<JsonObject> items = Fixtures.items(Api.json(response));
                    if (items.isEmpty()) {
                        return;
                    }
                    items.forEach(item -> delivered.add(item.getString("ID")));
                }
            }));
        }
        for (Future<?> run : runs) {
            run.get(5, TimeUnit.MINUTES);
        }
        clients.shutdown();
        return new ArrayList<>(delivered);
    }
}
