package com.triplink.connections.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.triplink.connections.testsupport.Api;
import com.triplink.connections.testsupport.DeployedService;
import com.triplink.connections.testsupport.ServiceArchive;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.Map;
import org.h2.tools.Server;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The service on an H2 database server of this test, which the test stops and starts again:
 * while the database is away the API answers 503 in its own format, and afterwards it works
 * again without a restart.
 */
class DatabaseOutageIT extends DeployedService {

    private static final String PORT = System.getProperty("h2.port", "19092");
    private static final String MANAGEMENT_PASSWORD = "outage-test";
    private static Server database;

    @Deployment(testable = false)
    static WebArchive deployment() throws SQLException {
        startDatabase();
        return ServiceArchive.create(Map.of());
    }

    @AfterAll
    static void stopDatabase() {
        database.stop();
    }

    private static void startDatabase() throws SQLException {
        database = Server.createTcpServer("-tcpPort", PORT, "-ifNotExists",
                "-tcpPassword", MANAGEMENT_PASSWORD).start();
    }

    private static boolean databaseIsDown() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try (Connection probe = DriverManager.getConnection("jdbc:h2:tcp://127.0.0.1:" + PORT
                    + "/mem:outage;IFEXISTS=TRUE", "sa", "")) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            } catch (SQLException refused) {
                return true;
            }
        }
        return false;
    }

    @Test
    void anUnreachableDatabaseIs503AndTheServiceRecoversByItself() throws SQLException {
        String id = fixtures.create(fixtures.users(1) + "-0");

        HttpResponse<String> readyBefore = api.call("health/ready").get();

        Server.shutdownTcpServer("tcp://127.0.0.1:" + PORT, MANAGEMENT_PASSWORD, true, false);
        assertTrue(databaseIsDown(), "the database server stopped");
        HttpResponse<String> during = api.resource("/" + id).token(ADMIN).accept(Api.JSON).get();
        HttpResponse<String> readyDuring = api.call("health/ready").get();
        HttpResponse<String> liveDuring = api.call("health/live").get();
        startDatabase();
        JsonObject after = fixtures.read(id);
        HttpResponse<String> readyAfter = api.call("health/ready").get();

        assertEquals(200, readyBefore.statusCode(), readyBefore.body());
        assertEquals(503, readyDuring.statusCode(), "not ready without a database: "
                + readyDuring.body());
        assertTrue(readyDuring.body().contains("\"database\""), readyDuring.body());
        assertEquals(200, liveDuring.statusCode(), "still alive: " + liveDuring.body());
        assertEquals(200, readyAfter.statusCode(), "ready again: " + readyAfter.body());
        assertEquals(503, during.statusCode(), during.body());
        assertTrue(during.headers().firstValue("Retry-After").isPresent(), "Retry-After is set");
        assertEquals("DATABASE_UNAVAILABLE", Api.json(during).getString("Code"));
        assertEquals(id, after.getString("ID"), "the same data once the database is back");
    }
}
