package com.triplink.connections.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.triplink.connections.testsupport.Api;
import com.triplink.connections.testsupport.MicroProcess;
import com.triplink.connections.testsupport.ServiceArchive;
import com.triplink.connections.testsupport.TestDatabase;
import com.triplink.connections.testsupport.TestTokens;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A database made by the first release (migration 1 only, with data in it) is upgraded in
 * place when the current service starts on it: the later migrations run, Hibernate's schema
 * validation passes, and the old data is served.
 */
class SchemaUpgradeIT {

    private static final String ADMIN = TestTokens.forRoles(TestTokens.ADMIN);

    @Test
    void aDatabaseOfTheFirstReleaseIsUpgradedInPlace() throws Exception {
        Path war = MicroProcess.export(ServiceArchive.create(Map.of()), "upgrade");
        Map<String, String> database = database();
        String url = database.get("TRIPLINK_DATASOURCE_URL");
        String user = database.get("TRIPLINK_DATASOURCE_USER");
        String password = database.get("TRIPLINK_DATASOURCE_PASSWORD");
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .target("1").load().migrate();
        String id = UUID.randomUUID().toString();
        seedTheFirstRelease(url, user, password, id);

        try (MicroProcess server = MicroProcess.start("upgrade", war, database, Map.of(),
                List.of())) {
            Api api = new Api(server.base());
            HttpResponse<String> old = api.resource("/" + id).token(ADMIN).accept(Api.JSON).get();
            HttpResponse<String> created = api.resource("?user=legacy.user@example.com")
                    .token(ADMIN).accept(Api.JSON).post();

            HttpResponse<String> scim = api.scim("Users?filter=userName%20eq%20%22legacy.user"
                    + "@example.com%22").token(ADMIN).get();

            assertTrue(server.log().contains("Database schema at version 4 (3 migrations"
                    + " applied now)"), "migrations 2 to 4 ran on start");
            assertEquals(1, Api.json(scim).getInt("totalResults"), scim.body());
            assertEquals(36, Api.json(scim).getJsonArray("Resources").getJsonObject(0)
                    .getString("id").length(), "the user got a public ID: " + scim.body());
            assertEquals(200, old.statusCode(), old.body());
            JsonObject request = Api.json(old);
            assertEquals("Legacy", request.getString("FirstName"));
            assertEquals("Pending", request.getString("Status"));
            assertEquals(200, created.statusCode(), created.body());
            assertEquals(id, Api.json(created).getString("ID"), "the open request is reused");
        }
    }

    private static Map<String, String> database() throws IOException {
        if (TestDatabase.isPostgres()) {
            Map<String, String> environment = new HashMap<>();
            for (String name : List.of("URL", "CLASS_NAME", "USER", "PASSWORD")) {
                String value = System.getenv("TRIPLINK_DATASOURCE_" + name);
                environment.put("TRIPLINK_DATASOURCE_" + name, value == null ? "" : value);
            }
            return environment;
        }
        Path directory = Path.of("target", "upgrade-db").toAbsolutePath();
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        return Map.of("TRIPLINK_DATASOURCE_URL", "jdbc:h2:file:" + directory.resolve("db"),
                "TRIPLINK_DATASOURCE_CLASS_NAME", "org.h2.Driver",
                "TRIPLINK_DATASOURCE_USER", "sa", "TRIPLINK_DATASOURCE_PASSWORD", "");
    }

    /** Rows as the first release wrote them, with keys far above what the service allocates. */
    private static void seedTheFirstRelease(String url, String user, String password, String id)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("insert into directory_user (id, login_id, login_key, first_name,"
                    + " last_name, active, version) values (1000000, 'legacy.user@example.com',"
                    + " 'legacy.user@example.com', 'Legacy', 'User', true, 0)");
            statement.execute("insert into directory_user_loyalty (user_id, supplier_id,"
                    + " loyalty_number) values (1000000, '" + ServiceArchive.SUPPLIER
                    + "', 'LN-OLD')");
            statement.execute("insert into connection_request (id, public_id, supplier_id,"
                    + " user_id, first_name, last_name, loyalty_number, status,"
                    + " unanswered_deliveries, partner_retries, user_action_rounds, created_at,"
                    + " last_modified, version) values (1000000, '" + id + "', '"
                    + ServiceArchive.SUPPLIER + "', 1000000, 'Legacy', 'User', 'LN-OLD',"
                    + " 'PENDING', 0, 0, 0, current_timestamp, current_timestamp, 0)");
        }
    }
}
