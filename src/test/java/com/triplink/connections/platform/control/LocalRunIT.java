package com.triplink.connections.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.triplink.connections.testsupport.Api;
import com.triplink.connections.testsupport.Fixtures;
import com.triplink.connections.testsupport.LocalRunKey;
import com.triplink.connections.testsupport.MicroProcess;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped WAR started as {@code dev/run} starts it (its system properties file, the
 * local-run key that {@code dev/DevToken.java} makes), on an in-memory database: the local
 * run works with the tool's tokens and says loudly that it is not a production configuration.
 */
class LocalRunIT {

    private static MicroProcess server;

    @BeforeAll
    static void start() {
        String keyLocation = "file://" + Path.of("target", "local-run", "data", "dev-keys",
                "public-key.pem").toAbsolutePath();
        LocalRunKey.publicKeyPem();
        server = MicroProcess.start("local-run", Path.of(System.getProperty("war.file")),
                Map.of(), Map.of(
                        "triplink.supplier-id", "DEMO-SUPPLIER",
                        "triplink.datasource.url", "jdbc:h2:mem:local-run;DB_CLOSE_DELAY=-1",
                        "triplink.datasource.class-name", "org.h2.Driver",
                        "triplink.datasource.user", "sa",
                        "mp.jwt.verify.publickey.location", keyLocation),
                List.of("--systemproperties", Path.of("server-config", "local-run.properties")
                        .toAbsolutePath().toString()));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theLocalRunWarnsThatItTrustsTheLocalRunKey() {
        String warning = server.log().lines()
                .filter(line -> line.contains("local-run key are trusted"))
                .findFirst().orElse("");

        assertTrue(warning.contains("WARNING"), "a WARNING at start: " + warning);
        assertTrue(warning.contains(LocalRunKey.ISSUER), warning);
    }

    @Test
    void tokensOfTheDevTokenToolWorkAndTheDemoDataIsThere() {
        Api api = new Api(server.base());

        HttpResponse<String> listing = api.resource("?status=Pending&limit=10")
                .token(LocalRunKey.token("WebServicesAdmin")).accept(Api.JSON).get();
        HttpResponse<String> poll = api.resource("?limit=10")
                .token(LocalRunKey.token("partner")).accept(Api.JSON).get();

        assertEquals(200, listing.statusCode(), listing.body());
        assertEquals(3, Fixtures.items(Api.json(listing)).size(), "the three demo requests");
        assertEquals(200, poll.statusCode(), poll.body());
        assertEquals(3, Fixtures.items(Api.json(poll)).size(), "delivered to the partner");
    }
}
