package com.triplink.connections.users.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.triplink.connections.testsupport.Api;
import com.triplink.connections.testsupport.DeployedService;
import com.triplink.connections.testsupport.ServerLog;
import com.triplink.connections.testsupport.ServiceArchive;
import com.triplink.connections.testsupport.TestTokens;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The SCIM 2.0 service provider over plain HTTP, as an identity provider drives it: the user
 * lifecycle, search and paging, replace and patch, the errors, discovery, concurrent changes,
 * and what it does to connection requests. Bulk requests and the SCIM client library are in
 * {@link ScimBulkAndClientIT}.
 */
class ScimProvisioningIT extends DeployedService {

    static final String PROVISIONER = TestTokens.forRoles("UserProvisioner");
    static final String LOYALTY = "urn:triplink:scim:schemas:extension:loyalty:2.0:User";
    static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

    @Deployment(testable = false)
    static WebArchive deployment() {
        ServerLog.capture();
        return ServiceArchive.create(Map.of());
    }

    @Test
    void identityProviderCreatesFindsDeactivatesAndDeletesAUser() {
        String name = unique("ada") + "@Example.com";

        HttpResponse<String> created = post(user(name, "Ada", "Lovelace", "LN-1",
                "\"externalId\": \"okta-" + name + "\", \"emails\": [{\"value\": \"" + name
                + "\", \"type\": \"work\", \"primary\": true}],"));
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Content-Type").orElse("")
                .startsWith(Api.SCIM_JSON), "SCIM media type: " + created.headers());
        JsonObject body = Api.json(created);
        String id = body.getString("id");
        String location = created.headers().firstValue("Location").orElseThrow();
        assertEquals(location, body.getJsonObject("meta").getString("location"));
        assertEquals("W/\"0\"", created.headers().firstValue("ETag").orElse(null));
        assertEquals("Ada", body.getJsonObject("name").getString("givenName"));
        assertEquals("LN-1", loyaltyOf(body, ServiceArchive.SUPPLIER));

        assertEquals(id, Api.json(scim(location).token(PROVISIONER).get()).getString("id"),
                "read by Location");
        assertEquals(List.of(id), search("userName eq \"" + name.toUpperCase() + "\""),
                "userName matches in any case");
        assertEquals(List.of(id), search("externalId eq \"okta-" + name + "\""));
        assertEquals(List.of(id), search("emails.value eq \"" + name.toLowerCase() + "\""));
        assertEquals(List.of(id), search("userName eq \"" + name + "\" and active eq true"));
        assertEquals(List.of(), search("userName eq \"" + name + "\" and active eq false"));

        HttpResponse<String> deactivated = patch(id, "{\"op\": \"replace\","
                + " \"value\": {\"active\": false}}");
        assertEquals(200, deactivated.statusCode(), deactivated.body());
        assertFalse(Api.json(deactivated).getBoolean("active"));
        assertEquals(List.of(id), search("userName eq \"" + name + "\" and active eq false"));

        assertEquals(204, scim("Users/" + id).token(PROVISIONER).delete().statusCode());
        assertScimError(scim("Users/" + id).token(PROVISIONER).get(), 404, null, "No user");
        assertEquals(List.of(), search("userName eq \"" + name + "\""));
        assertEquals(201, post(user(name, "Ada", "King", null, "")).statusCode(),
                "a deleted user's userName is free again");
    }

    @Test
    void searchPagesWithStartIndexAndCount() {
        String prefix = unique("page");
        for (int i = 0; i < 25; i++) {
            assertEquals(201, post(user(prefix + "-" + i, "G" + i, "F" + i, null, ""))
                    .statusCode());
        }
        String filter = "userName sw \"" + prefix + "\"";

        Set<String> seen = new HashSet<>();
        for (int start = 1; start <= 25; start += 10) {
            JsonObject page = searchPage(filter, "&startIndex=" + start + "&count=10");
            assertEquals(25, page.getInt("totalResults"));
            assertEquals(start, page.getInt("startIndex"));
            assertEquals(start == 21 ? 5 : 10, page.getInt("itemsPerPage"));
            page.getJsonArray("Resources").forEach(user ->
                    assertTrue(seen.add(user.asJsonObject().getString("id")), "repeated"));
        }
        assertEquals(25, seen.size(), "every user once");

        assertEquals(0, searchPage(filter, "&count=0").getInt("itemsPerPage"));
        assertEquals(25, searchPage(filter, "&count=0").getInt("totalResults"));
        assertEquals(1, searchPage(filter, "&startIndex=0&count=1").getInt("startIndex"),
                "a startIndex below 1 counts as 1");
        assertEquals(0, searchPage(filter, "&count=-4").getInt("itemsPerPage"),
                "a negative count counts as 0");
        assertEquals(25, searchPage(filter, "&count=99999999999").getInt("itemsPerPage"));
        assertEquals(5, searchPage("userName sw \"" + prefix + "\" and (name.givenName eq \"g1\""
                + " or name.familyName ew \"4\" or not (userName ne \"" + prefix + "-2\"))",
                "").getInt("totalResults"), "G1, F4, F14, F24 and -2");
    }

    @Test
    void replaceSetsEveryAttributeAndHonoursIfMatch() {
        String id = createdId(user(unique("grace"), "Grace", "Hopper", "LN-7", ""));
        String userName = Api.json(scim("Users/" + id).token(PROVISIONER).get())
                .getString("userName");

        HttpResponse<String> replaced = scim("Users/" + id).token(PROVISIONER)
                .header("If-Match", "W/\"0\"")
                .send("PUT", Api.SCIM_JSON, "{\"schemas\": [\"urn:ietf:params:scim:schemas:core:"
                        + "2.0:User\"], \"userName\": \"" + userName + "\", \"name\":"
                        + " {\"familyName\": \"Murray\"}}");
        assertEquals(200, replaced.statusCode(), replaced.body());
        JsonObject body = Api.json(replaced);
        assertFalse(body.getJsonObject("name").containsKey("givenName"), "left out, so gone");
        assertEquals("Murray", body.getJsonObject("name").getString("familyName"));
        assertTrue(body.getJsonArray("emails").isEmpty(), body.toString());
        assertEquals(null, loyaltyOf(body, ServiceArchive.SUPPLIER));
        assertEquals("W/\"1\"", replaced.headers().firstValue("ETag").orElse(null));

        HttpResponse<String> stale = scim("Users/" + id).token(PROVISIONER)
                .header("If-Match", "W/\"0\"")
                .send("PUT", Api.SCIM_JSON, "{\"userName\": \"" + userName + "\"}");
        assertScimError(stale, 412, null, "has changed since version 0");
        assertEquals(412, scim("Users/" + id).token(PROVISIONER).header("If-Match", "W/\"0\"")
                .delete().statusCode(), "a stale DELETE changes nothing either");
        assertEquals("Murray", Api.json(scim("Users/" + id).token(PROVISIONER).get())
                .getJsonObject("name").getString("familyName"));
    }

    @Test
    void patchAddsReplacesAndRemovesAsIdentityProvidersSendIt() {
        String id = createdId(user(unique("alan"), "Alan", "Turing", "LN-1",
                "\"emails\": [{\"value\": \"alan@work.example\", \"type\": \"work\","
                + " \"primary\": true}], \"name\": {\"givenName\": \"Alan\", \"middleName\":"
                + " \"Mathison\", \"familyName\": \"Turing\"},"));

        HttpResponse<String> patched = patch(id,
                "{\"op\": \"add\", \"path\": \"emails\", \"value\": [{\"value\":"
                        + " \"alan@home.example\", \"type\": \"home\"}]}",
                "{\"op\": \"Replace\", \"path\": \"name.givenName\", \"value\": \"A.\"}",
                "{\"op\": \"remove\", \"path\": \"name.middleName\"}",
                "{\"op\": \"replace\", \"path\": \"emails[type eq \\\"work\\\"].value\","
                        + " \"value\": \"turing@work.example\"}",
                "{\"op\": \"replace\", \"path\": \"" + LOYALTY + ":loyaltyNumbers[supplierId eq"
                        + " \\\"" + ServiceArchive.SUPPLIER + "\\\"].value\", \"value\": \"LN-2\"}",
                "{\"op\": \"add\", \"path\": \"" + LOYALTY + ":loyaltyNumbers\", \"value\":"
                        + " [{\"supplierId\": \"OTHER\", \"value\": \"X-9\"}]}");

        assertEquals(200, patched.statusCode(), patched.body());
        JsonObject user = Api.json(scim("Users/" + id).token(PROVISIONER).get());
        assertEquals("A.", user.getJsonObject("name").getString("givenName"));
        assertFalse(user.getJsonObject("name").containsKey("middleName"));
        assertEquals(List.of("turing@work.example", "alan@home.example"), emailsOf(user));
        assertEquals("LN-2", loyaltyOf(user, ServiceArchive.SUPPLIER));
        assertEquals("X-9", loyaltyOf(user, "OTHER"));

        assertEquals(200, patch(id, "{\"op\": \"Replace\", \"path\": \"active\", \"value\":"
                + " \"False\"}").statusCode(), "Entra ID's spelling");
        assertFalse(Api.json(scim("Users/" + id).token(PROVISIONER).get()).getBoolean("active"));
        assertScimError(patch(id, "{\"op\": \"replace\", \"path\": \"id\", \"value\": \"x\"}"),
                400, "mutability", "read-only");
        assertScimError(patch(id, "{\"op\": \"remove\", \"path\": \"userName\"}"), 400,
                "invalidValue", "userName is required");
        assertScimError(patch(id, "{\"op\": \"jump\", \"path\": \"userName\"}"), 400,
                "invalidSyntax", "op (add, replace or remove)");
        assertEquals(List.of("turing@work.example", "alan@home.example"),
                emailsOf(Api.json(scim("Users/" + id).token(PROVISIONER).get())),
                "refused patches changed nothing");
    }

    @Test
    void errorsAreScimErrorsThatNameTheProblem() {
        String taken = unique("taken");
        createdId(user(taken, "T", "N", null, ""));
        String six = "\"emails\": [" + String.join(", ", List.of("a", "b", "c", "d", "e", "f")
                .stream().map(x -> "{\"value\": \"" + x + "@example.com\"}").toList()) + "],";

        assertScimError(post(user(taken.toUpperCase(), "T", "N", null, "")), 409, "uniqueness",
                "already taken");
        assertScimError(post(user(unique("six"), "S", "E", null, six)), 400, "invalidValue",
                "at most 5 e-mail addresses");
        assertScimError(post(user(unique("mail"), "M", "A", null,
                "\"emails\": [{\"value\": \"not an address\"}],")), 400, "invalidValue",
                "emails.value must be an e-mail address");
        assertScimError(post(user(unique("type"), "T", "Y", null, "\"active\": 5,")), 400,
                "invalidValue", "active must be true or false");
        assertScimError(post(user(unique("name"), "N", "A", null, "\"name\": \"Ada\",")), 400,
                "invalidValue", "name must be an object");
        assertScimError(post(user(unique("loyal"), "L", "O", null, "\"" + LOYALTY + "\":"
                + " {\"loyaltyNumbers\": [{\"supplierId\": \"S\", \"value\": \"1\"},"
                + " {\"supplierId\": \"S\", \"value\": \"2\"}]},")), 400, "invalidValue",
                "supplier 'S' is given more than once");
        assertScimError(post("{\"name\": {\"givenName\": \"No\"}}"), 400, "invalidValue",
                "userName is required");
        assertScimError(post("{\"userName\": \"a\", \"userName\": \"b\"}"), 400,
                "invalidSyntax", "not valid JSON");
        assertScimError(post("[{\"userName\": \"a\"}]"), 400, "invalidSyntax",
                "must be a JSON object");
        assertScimError(post("{\"userName\": "), 400, "invalidSyntax", "not valid JSON");
        assertScimError(post("[".repeat(100)), 400, "invalidSyntax", "nested more than 32");
        assertScimError(scim("Users").token(PROVISIONER).expectContinue().send("POST",
                Api.SCIM_JSON, "{\"userName\": \"" + "x".repeat(70_000) + "\"}"), 413, null,
                "larger than");
        assertScimError(scim("Users").token(PROVISIONER).send("POST", "text/plain", "x"), 415,
                null, "Content-Type must be application/scim+json");
        assertScimError(scim("Users").token(PROVISIONER).accept("application/xml").get(), 406,
                null, "Accept must allow application/scim+json");
        HttpResponse<String> wrongMethod = scim("Users").token(PROVISIONER).delete();
        assertScimError(wrongMethod, 405, null, "not allowed");
        assertTrue(wrongMethod.headers().firstValue("Allow").orElse("").contains("POST"));
        assertScimError(scim("Users/" + UUID.randomUUID()).token(PROVISIONER).get(), 404,
                null, "No user with ID");
        assertScimError(scim("Groups").token(PROVISIONER).get(), 404, null, "no resource");
        assertScimError(api.call("scim/v1/Users").token(PROVISIONER).get(), 404, null,
                "no resource");
        assertScimError(searchResponse("userName xx \"a\"", ""), 400, "invalidFilter",
                "Unrecognized attribute operator");
        assertScimError(searchResponse("title eq \"Dr\"", ""), 400, "invalidFilter",
                "'title' cannot be searched");
        assertScimError(searchResponse("active gt true", ""), 400, "invalidFilter",
                "compare it with eq or ne");
        assertScimError(searchResponse("meta.created gt \"yesterday\"", ""), 400,
                "invalidFilter", "date and time");
        assertScimError(searchResponse("userName eq \"a\"", "&startIndex=first"), 400,
                "invalidValue", "startIndex must be a whole number");
        assertScimError(searchResponse("userName eq \"" + "a".repeat(2_100) + "\"", ""), 400,
                "invalidValue", "at most 2000 characters");
    }

    @Test
    void discoveryEndpointsDescribeWhatIsSupported() {
        JsonObject config = Api.json(scim("ServiceProviderConfig").token(PROVISIONER).get());
        assertTrue(config.getJsonObject("patch").getBoolean("supported"));
        assertTrue(config.getJsonObject("bulk").getBoolean("supported"));
        assertEquals(10_000, config.getJsonObject("bulk").getInt("maxOperations"));
        assertEquals(16_777_216, config.getJsonObject("bulk").getInt("maxPayloadSize"));
        assertTrue(config.getJsonObject("filter").getBoolean("supported"));
        assertEquals(1_000, config.getJsonObject("filter").getInt("maxResults"));
        assertTrue(config.getJsonObject("etag").getBoolean("supported"));
        assertFalse(config.getJsonObject("sort").getBoolean("supported"));
        assertEquals("oauthbearertoken", config.getJsonArray("authenticationSchemes")
                .getJsonObject(0).getString("type"));

        JsonObject schemas = Api.json(scim("Schemas").token(PROVISIONER).get());
        assertEquals(Set.of("urn:ietf:params:scim:schemas:core:2.0:User", LOYALTY),
                Set.copyOf(ids(schemas.getJsonArray("Resources"))));
        JsonObject loyalty = Api.json(scim("Schemas/" + LOYALTY).token(PROVISIONER).get());
        assertEquals("loyaltyNumbers", loyalty.getJsonArray("attributes").getJsonObject(0)
                .getString("name"));
        JsonObject type = Api.json(scim("ResourceTypes/User").token(PROVISIONER).get());
        assertEquals("/Users", type.getString("endpoint"));
        assertEquals(LOYALTY, type.getJsonArray("schemaExtensions").getJsonObject(0)
                .getString("schema"));
        assertEquals(1, Api.json(scim("ResourceTypes").token(PROVISIONER).get())
                .getInt("totalResults"));
        assertScimError(scim("Schemas/urn:nothing").token(PROVISIONER).get(), 404, null,
                "no schema");
    }

    @Test
    void concurrentChangesToOneUserAreAllKeptAndOneUserNameIsTakenOnce() throws Exception {
        String id = createdId(user(unique("busy"), "B", "U", null, ""));
        String contested = unique("contested");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> patches = new ArrayList<>();
            List<Future<HttpResponse<String>>> creations = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String supplier = "S" + i;
                patches.add(pool.submit(() -> patch(id, "{\"op\": \"add\", \"path\": \""
                        + LOYALTY + ":loyaltyNumbers\", \"value\": [{\"supplierId\": \""
                        + supplier + "\", \"value\": \"N-" + supplier + "\"}]}")));
                creations.add(pool.submit(() -> post(user(contested, "C", "O", null, ""))));
            }
            for (Future<HttpResponse<String>> patch : patches) {
                assertEquals(200, patch.get().statusCode(), patch.get().body());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> creation : creations) {
                statuses.add(creation.get().statusCode());
            }
            assertEquals(1, statuses.stream().filter(status -> status == 201).count(),
                    "one creation wins: " + statuses);
            assertEquals(7, statuses.stream().filter(status -> status == 409).count(),
                    "the others are told the userName is taken: " + statuses);
        } finally {
            pool.shutdownNow();
        }

        JsonObject user = Api.json(scim("Users/" + id).token(PROVISIONER).get());
        for (int i = 0; i < 8; i++) {
            assertEquals("N-S" + i, loyaltyOf(user, "S" + i), "no patch was lost: " + user);
        }
        assertEquals(1, search("userName eq \"" + contested + "\"").size());
    }

    @Test
    void deactivatingOrDeletingAUserFailsTheirOpenRequestsAndStopsDeliveries() {
        String left = unique("left");
        String gone = unique("gone");
        String leftId = createdId(user(left, "Lea", "Left", "LN-L", ""));
        String goneId = createdId(user(gone, "Gus", "Gone", "LN-G", ""));
        String leftRequest = fixtures.create(left);
        String goneRequest = fixtures.create(gone);
        fixtures.deliver(goneRequest);

        assertEquals(200, patch(leftId, "{\"op\": \"replace\", \"path\": \"active\","
                + " \"value\": false}").statusCode());
        assertEquals(204, scim("Users/" + goneId).token(PROVISIONER).delete().statusCode());

        assertEquals("Failed", fixtures.statusOf(leftRequest));
        assertEquals("Failed", fixtures.statusOf(goneRequest), "a delivered request too");
        assertEquals("USER_DEACTIVATED", details(leftRequest).getString("FailureReason"));
        assertEquals("USER_DELETED", details(goneRequest).getString("FailureReason"));
        assertTrue(details(goneRequest).getString("FailureDescription").contains("deleted"));
        assertTrue(fixtures.listAll("Failed", 10).containsAll(List.of(leftRequest, goneRequest)));
        assertFalse(fixtures.listAll("Pending", 10).contains(leftRequest));
        for (JsonObject page = fixtures.poll(10); !page.getJsonArray("Items").isEmpty();
                page = fixtures.poll(10)) {
            page.getJsonArray("Items").forEach(item -> assertNotEquals(leftRequest,
                    item.asJsonObject().getString("ID"), "delivered after deactivation"));
        }
        assertEquals(409, fixtures.put(goneRequest, "CRSUC").statusCode(),
                "the partner cannot connect a deleted user");
        for (String login : List.of(left, gone)) {
            HttpResponse<String> create = api.resource("?user=" + login).token(ADMIN)
                    .accept(Api.JSON).post();
            assertEquals(400, create.statusCode(), create.body());
            assertEquals("UNKNOWN_USER", Api.json(create).getString("Code"));
        }
        assertTrue(ServerLog.waitFor("Request " + leftRequest + " failed for good",
                Duration.ofSeconds(30)), "the failure is logged for the operator");
    }

    @Test
    void changedDetailsShowInRequestsNotYetDelivered() {
        String login = unique("carol");
        String id = createdId(user(login, "Carol", "Old", "LN-OLD",
                "\"emails\": [{\"value\": \"carol@old.example\"}],"));
        String request = fixtures.create(login);

        rename(id, "Carola", "LN-NEW", "carol@new.example");
        JsonObject pending = fixtures.read(request);
        assertEquals("Carola", pending.getString("FirstName"));
        assertEquals("LN-NEW", pending.getString("LoyaltyNumber"));
        assertEquals(List.of("carol@new.example"), details(request).getJsonArray("Emails")
                .getValuesAs(jakarta.json.JsonString::getString));

        JsonObject delivered = fixtures.deliver(request);
        assertEquals("Carola", delivered.getString("FirstName"), "delivered as it is");
        rename(id, "Caroline", "LN-NEWER", "caroline@new.example");
        assertEquals("Carola", fixtures.read(request).getString("FirstName"),
                "the partner holds the request: what it was given stays");

        assertEquals(204, fixtures.put(request, "CRRET").statusCode());
        rename(id, "Carlotta", "LN-LAST", "carlotta@new.example");
        assertEquals("Carlotta", fixtures.read(request).getString("FirstName"),
                "waiting in Retry, it takes the new details for its next delivery");
        assertEquals("LN-LAST", fixtures.read(request).getString("LoyaltyNumber"));
    }

    private void rename(String id, String givenName, String loyalty, String email) {
        HttpResponse<String> response = patch(id,
                "{\"op\": \"replace\", \"path\": \"name.givenName\", \"value\": \""
                        + givenName + "\"}",
                "{\"op\": \"replace\", \"path\": \"emails\", \"value\": [{\"value\": \""
                        + email + "\"}]}",
                "{\"op\": \"replace\", \"path\": \"" + LOYALTY + ":loyaltyNumbers\", \"value\":"
                        + " [{\"supplierId\": \"" + ServiceArchive.SUPPLIER + "\", \"value\": \""
                        + loyalty + "\"}]}");
        assertEquals(200, response.statusCode(), response.body());
    }

    private JsonObject details(String request) {
        HttpResponse<String> response = api.call("api/admin/connectionrequests/" + request)
                .token(ADMIN).accept(Api.JSON).get();
        assertEquals(200, response.statusCode(), response.body());
        return Api.json(response);
    }

    /** A SCIM User body; {@code extra} is inserted as further attributes (ending in a comma). */
    static String user(String userName, String givenName, String familyName, String loyalty,
            String extra) {
        String numbers = loyalty == null ? "" : ", \"" + LOYALTY + "\": {\"loyaltyNumbers\":"
                + " [{\"supplierId\": \"" + ServiceArchive.SUPPLIER + "\", \"value\": \""
                + loyalty + "\"}]}";
        String name = extra.contains("\"name\"") ? "" : "\"name\": {\"givenName\": \""
                + givenName + "\", \"familyName\": \"" + familyName + "\"},";
        return "{\"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:User\", \"" + LOYALTY
                + "\"], " + extra + name + " \"userName\": \"" + userName + "\"" + numbers + "}";
    }

    static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private HttpResponse<String> post(String body) {
        return scim("Users").token(PROVISIONER).send("POST", Api.SCIM_JSON, body);
    }

    private String createdId(String body) {
        HttpResponse<String> response = post(body);
        assertEquals(201, response.statusCode(), response.body());
        return Api.json(response).getString("id");
    }

    private HttpResponse<String> patch(String id, String... operations) {
        return scim("Users/" + id).token(PROVISIONER).send("PATCH", Api.SCIM_JSON,
                "{\"schemas\": [\"" + PATCH_OP + "\"], \"Operations\": ["
                        + String.join(", ", operations) + "]}");
    }

    private List<String> search(String filter) {
        return ids(searchPage(filter, "").getJsonArray("Resources"));
    }

    private JsonObject searchPage(String filter, String more) {
        HttpResponse<String> response = searchResponse(filter, more);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject page = Api.json(response);
        assertEquals("urn:ietf:params:scim:api:messages:2.0:ListResponse",
                page.getJsonArray("schemas").getString(0));
        return page;
    }

    private HttpResponse<String> searchResponse(String filter, String more) {
        return scim("Users?filter=" + java.net.URLEncoder.encode(filter,
                java.nio.charset.StandardCharsets.UTF_8) + more).token(PROVISIONER).get();
    }

    private Api.Call scim(String pathOrUri) {
        return pathOrUri.startsWith("http") ? api.call(onThisServer(pathOrUri))
                : api.scim(pathOrUri);
    }

    private static String onThisServer(String absolute) {
        return URI.create(absolute).getRawPath().substring(1);
    }

    private static List<String> ids(JsonArray resources) {
        return resources == null ? List.of() : resources.stream()
                .map(resource -> resource.asJsonObject().getString("id")).toList();
    }

    static List<String> emailsOf(JsonObject user) {
        return user.getJsonArray("emails").stream()
                .map(email -> email.asJsonObject().getString("value")).toList();
    }

    static String loyaltyOf(JsonObject user, String supplier) {
        JsonObject extension = user.getJsonObject(LOYALTY);
        if (extension == null || !extension.containsKey("loyaltyNumbers")) {
            return null;
        }
        for (JsonValue entry : extension.getJsonArray("loyaltyNumbers")) {
            if (supplier.equals(entry.asJsonObject().getString("supplierId"))) {
                return entry.asJsonObject().getString("value");
            }
        }
        return null;
    }

    /**
     * The answer is a SCIM error of this status, with this {@code scimType} (or none), whose
     * detail contains the text and ends in an error ID.
     */
    static void assertScimError(HttpResponse<String> response, int status, String scimType,
            String detailPart) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("")
                .startsWith(Api.SCIM_JSON), "SCIM error body: " + response.headers());
        JsonObject error = Api.json(response);
        assertEquals(ERROR, error.getJsonArray("schemas").getString(0), response.body());
        assertEquals(String.valueOf(status), error.getString("status"), response.body());
        assertEquals(scimType, error.containsKey("scimType") ? error.getString("scimType")
                : null, response.body());
        assertTrue(error.getString("detail").contains(detailPart), response.body());
        assertTrue(error.getString("detail").matches("(?s).*\\(error ID [0-9a-f-]{36}\\)"),
                response.body());
    }
}
