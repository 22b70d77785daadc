package com.triplink.connections.users.boundary;

import static com.triplink.connections.users.boundary.ScimProvisioningIT.LOYALTY;
import static com.triplink.connections.users.boundary.ScimProvisioningIT.PROVISIONER;
import static com.triplink.connections.users.boundary.ScimProvisioningIT.assertScimError;
import static com.triplink.connections.users.boundary.ScimProvisioningIT.unique;
import static com.triplink.connections.users.boundary.ScimProvisioningIT.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import com.triplink.connections.testsupport.Api;
import com.triplink.connections.testsupport.DeployedService;
import com.triplink.connections.testsupport.ServerLog;
import com.triplink.connections.testsupport.ServiceArchive;
import com.unboundid.scim2.client.ScimService;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.types.Email;
import com.unboundid.scim2.common.types.Name;
import com.unboundid.scim2.common.types.ServiceProviderConfigResource;
import com.unboundid.scim2.common.types.UserResource;
import com.unboundid.scim2.common.utils.JsonUtils;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.jnh.connector.JavaNetHttpConnectorProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * SCIM bulk requests, with the initial load of ten thousand users in one call, and the whole
 * user lifecycle driven by a real SCIM client library (UnboundID's SCIM 2 SDK on Jersey).
 */
class ScimBulkAndClientIT extends DeployedService {

    private static final String BULK_REQUEST =
            "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
    private static final int INITIAL_LOAD = 10_000;

    @Deployment(testable = false)
    static WebArchive deployment() {
        ServerLog.capture();
        return ServiceArchive.create(Map.of());
    }

    @Test
    void bulkLoadsTenThousandUsersInOneCall() {
        String prefix = unique("load");
        List<String> operations = new ArrayList<>();
        for (int i = 0; i < INITIAL_LOAD; i++) {
            operations.add(post("u" + i, user(prefix + "-" + i + "@example.com", "Given" + i,
                    "Family" + i, "LN-" + i, "\"emails\": [{\"value\": \"" + prefix + "-" + i
                    + "@example.com\", \"type\": \"work\", \"primary\": true}],")));
        }

        long started = System.nanoTime();
        HttpResponse<String> response = bulk(null, operations);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(200, response.statusCode(), response.body().substring(0, 500));
        JsonArray results = Api.json(response).getJsonArray("Operations");
        assertEquals(INITIAL_LOAD, results.size());
        for (int i = 0; i < INITIAL_LOAD; i++) {
            JsonObject result = results.getJsonObject(i);
            assertEquals("201", result.getString("status"), result.toString());
            assertEquals("u" + i, result.getString("bulkId"), "in the order sent");
            assertTrue(result.getString("location").contains("/scim/v2/Users/"));
        }
        assertEquals(INITIAL_LOAD, Api.json(api.scim("Users?count=0&filter=userName%20sw%20%22"
                + prefix + "%22").token(PROVISIONER).get()).getInt("totalResults"));
        assertTrue(ServerLog.waitFor("Bulk request: 5000 of 10000 operations done, 0 failed",
                Duration.ofSeconds(30)), "progress is logged");
        assertTrue(ServerLog.waitFor("Bulk request done: 10000 of 10000 operations ran",
                Duration.ofSeconds(30)), "the end is logged");
        System.out.println("Bulk load of " + INITIAL_LOAD + " users: " + millis + " ms");
    }

    @Test
    void bulkRunsOperationsInOrderAndAnswersForEachOne() {
        String first = unique("first");
        HttpResponse<String> response = bulk(null, List.of(
                post("a", user(first, "Ada", "One", null, "")),
                "{\"method\": \"PATCH\", \"path\": \"/Users/bulkId:a\", \"data\": {\"schemas\":"
                        + " [\"" + ScimProvisioningIT.PATCH_OP + "\"], \"Operations\": [{\"op\":"
                        + " \"replace\", \"path\": \"name.givenName\", \"value\": \"Ana\"}]}}",
                post("b", user(first.toUpperCase(), "Dup", "Licate", null, "")),
                "{\"method\": \"PUT\", \"path\": \"/Users/no-such-user\", \"data\":"
                        + " {\"userName\": \"x\"}}",
                "{\"method\": \"PATCH\", \"path\": \"/Users/bulkId:nobody\", \"data\": {}}",
                "{\"method\": \"POST\", \"path\": \"/Users\", \"bulkId\": \"c\"}",
                "{\"method\": \"GET\", \"path\": \"/Users/bulkId:a\"}",
                "{\"method\": \"DELETE\", \"path\": \"/Users/bulkId:a\"}"));

        assertEquals(200, response.statusCode(), response.body());
        JsonArray results = Api.json(response).getJsonArray("Operations");
        assertEquals(List.of("201", "200", "409", "404", "400", "400", "400", "204"),
                results.stream().map(result -> result.asJsonObject().getString("status"))
                        .toList(), response.body());
        assertEquals("uniqueness", results.getJsonObject(2).getJsonObject("response")
                .getString("scimType"));
        assertTrue(results.getJsonObject(4).getJsonObject("response").getString("detail")
                .contains("bulkId 'nobody'"), results.getJsonObject(4).toString());
        assertEquals(results.getJsonObject(0).getString("location"),
                results.getJsonObject(1).getString("location"), "bulkId:a is the user of a");
        assertEquals("W/\"1\"", results.getJsonObject(1).getString("version"));
        assertEquals(0, Api.json(api.scim("Users?filter=userName%20eq%20%22" + first + "%22")
                .token(PROVISIONER).get()).getInt("totalResults"), "deleted at the end");
    }

    @Test
    void failOnErrorsStopsTheRequestAfterThatManyFailures() {
        String taken = unique("taken");
        String never = unique("never");
        HttpResponse<String> response = bulk(1, List.of(
                post("one", user(taken, "T", "A", null, "")),
                post("two", user(taken, "T", "B", null, "")),
                post("three", user(never, "N", "C", null, ""))));

        JsonArray results = Api.json(response).getJsonArray("Operations");
        assertEquals(2, results.size(), "stopped after the first failure: " + response.body());
        assertEquals("409", results.getJsonObject(1).getString("status"));
        assertEquals(0, Api.json(api.scim("Users?filter=userName%20eq%20%22" + never + "%22")
                .token(PROVISIONER).get()).getInt("totalResults"), "the third never ran");
    }

    @Test
    void bulkRefusesRequestsItCannotRun() {
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i <= INITIAL_LOAD; i++) {
            tooMany.add("{\"method\": \"DELETE\", \"path\": \"/Users/x" + i + "\"}");
        }
        assertScimError(bulk(null, tooMany), 413, null, "at most 10000 operations");
        assertScimError(api.scim("Bulk").token(PROVISIONER).send("POST", Api.SCIM_JSON,
                "{\"Operations\": []}"), 400, "invalidSyntax", "schemas must hold");
        assertScimError(bulk(null, List.of()), 400, "invalidSyntax", "at least one operation");
        assertScimError(bulk(0, List.of(post("a", user(unique("z"), "Z", "Z", null, "")))),
                400, "invalidValue", "failOnErrors must be a whole number of at least 1");
        assertScimError(bulk(null, List.of(post("same", user(unique("p"), "P", "P", null, "")),
                post("same", user(unique("q"), "Q", "Q", null, "")))), 400, "invalidValue",
                "bulkId 'same' is given to more than one operation");
        assertScimError(api.scim("Bulk").token(PROVISIONER).expectContinue().send("POST",
                Api.SCIM_JSON, "{\"schemas\": [\"" + BULK_REQUEST + "\"], \"pad\": \""
                        + "x".repeat(17 * 1024 * 1024) + "\"}"), 413, null, "larger than");
        assertScimError(api.scim("Bulk").token(PARTNER).send("POST",
                Api.SCIM_JSON, "{}"), 403, null, "lacks the role");
    }

    @Test
    void theScimClientLibraryDrivesTheWholeLifecycle() throws Exception {
        Client client = ClientBuilder.newClient(new ClientConfig()
                .connectorProvider(new JavaNetHttpConnectorProvider()))
                .register(new JacksonJsonProvider(JsonUtils.createObjectMapper()))
                .register((ClientRequestFilter) request -> request.getHeaders()
                        .putSingle("Authorization", "Bearer " + PROVISIONER));
        try {
            ScimService scim = new ScimService(client.target(base.toURI().resolve("/scim/v2")));
            String userName = unique("edsger") + "@example.com";

            ServiceProviderConfigResource config = scim.getServiceProviderConfig();
            assertTrue(config.getBulk().isSupported() && config.getPatch().isSupported());
            assertEquals(2, scim.getSchemas().getTotalResults());

            UserResource created = scim.create("Users", newUser(userName));
            assertNotNull(created.getId());
            assertEquals("Dijkstra", created.getName().getFamilyName());
            assertEquals("LN-E", created.getExtensionValues(Path.root(LOYALTY)
                    .attribute("loyaltyNumbers")).get(0).get(0).get("value").textValue());

            ListResponse<UserResource> found = scim.searchRequest("Users")
                    .filter("userName eq \"" + userName.toUpperCase() + "\"")
                    .invoke(UserResource.class);
            assertEquals(1, found.getTotalResults());
            assertEquals(created.getId(), found.getResources().get(0).getId());

            UserResource modified = scim.modifyRequest("Users", created.getId())
                    .replaceValue("name.givenName", "E. W.")
                    .replaceValue("active", false)
                    .invoke(UserResource.class);
            assertEquals("E. W.", modified.getName().getGivenName());
            assertFalse(modified.getActive());

            modified.setDisplayName("kept out: the directory does not store it");
            modified.setActive(true);
            UserResource replaced = scim.replace(modified);
            assertTrue(replaced.getActive());
            assertEquals(null, replaced.getDisplayName());
            assertEquals(replaced.getMeta().getVersion(),
                    scim.retrieve("Users", created.getId(), UserResource.class)
                            .getMeta().getVersion());

            ScimException conflict = assertThrows(ScimException.class,
                    () -> scim.create("Users", newUser(userName)));
            assertEquals(409, conflict.getScimError().getStatus());
            assertEquals("uniqueness", conflict.getScimError().getScimType());

            scim.delete("Users", created.getId());
            assertThrows(ResourceNotFoundException.class,
                    () -> scim.retrieve("Users", created.getId(), UserResource.class));
        } finally {
            client.close();
        }
    }

    private static UserResource newUser(String userName) throws ScimException {
        UserResource user = new UserResource().setUserName(userName)
                .setName(new Name().setGivenName("Edsger").setFamilyName("Dijkstra"))
                .setEmails(new Email().setValue(userName).setType("work").setPrimary(true));
        ArrayNode numbers = JsonUtils.getJsonNodeFactory().arrayNode();
        numbers.addObject().put("supplierId", ServiceArchive.SUPPLIER).put("value", "LN-E");
        user.replaceExtensionValue(Path.root(LOYALTY).attribute("loyaltyNumbers"), numbers);
        return user;
    }

    private static String post(String bulkId, String data) {
        return "{\"method\": \"POST\", \"path\": \"/Users\", \"bulkId\": \"" + bulkId
                + "\", \"data\": " + data + "}";
    }

    private HttpResponse<String> bulk(Integer failOnErrors, List<String> operations) {
        return api.scim("Bulk").token(PROVISIONER).send("POST", Api.SCIM_JSON,
                "{\"schemas\": [\"" + BULK_REQUEST + "\"], "
                        + (failOnErrors == null ? "" : "\"failOnErrors\": " + failOnErrors + ", ")
                        + "\"Operations\": [" + String.join(", ", operations) + "]}");
    }
}
