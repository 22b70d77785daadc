package com.triplink.connections.connectionrequests.boundary;

import static com.triplink.connections.testsupport.ApiAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.triplink.connections.testsupport.Api;
import com.triplink.connections.testsupport.DeployedService;
import com.triplink.connections.testsupport.Fixtures;
import com.triplink.connections.testsupport.ServerLog;
import com.triplink.connections.testsupport.ServiceArchive;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The five operations over HTTP against the shipped WAR on Payara Micro: both formats, the v3.0
 * field names, paging, the input rules and the error body. The role matrix is in the
 * platform's AuthorizationMatrixIT, the concurrency of delivery in {@link ConcurrencyIT}.
 */
class ConnectionRequestsResourceIT extends DeployedService {

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceArchive.create(Map.of(
                "triplink.demo-data.enabled", "true",
                "triplink.max-body-bytes", "4096"));
    }

    @BeforeAll
    static void captureTheServerLog() {
        ServerLog.capture();
    }

    @Test
    void createAnswersIdUriAndLocationInJson() {
        String prefix = fixtures.users(1);

        HttpResponse<String> response = api.resource("?user=" + prefix + "-0")
                .token(ADMIN).accept(Api.JSON).post();

        assertEquals(200, response.statusCode(), response.body());
        JsonObject body = Api.json(response);
        String id = body.getString("ID");
        String expectedUri = api.call(Api.RESOURCE + "/" + id).get().uri().toString();
        assertEquals(expectedUri, body.getString("URI"), "URI is absolute");
        assertEquals(expectedUri, response.headers().firstValue("Location").orElse(null));
    }

    @Test
    void createAnswersXmlWithoutAccept() {
        String prefix = fixtures.users(1);

        HttpResponse<String> response = api.resource("?user=" + prefix + "-0").token(ADMIN).post();

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/xml"), "XML when no Accept");
        Element root = Api.xml(response).getDocumentElement();
        assertEquals("CreateResponse", root.getTagName());
        assertEquals(1, root.getElementsByTagName("ID").getLength());
        assertTrue(text(root, "URI").endsWith("/" + text(root, "ID")), response.body());
    }

    @Test
    void createReturnsTheOpenRequestInsteadOfADuplicate() {
        String login = fixtures.users(1) + "-0";

        String first = fixtures.create(login);
        String again = fixtures.create(login.toUpperCase());

        assertEquals(first, again, "the open request is returned, login IDs ignore case");
    }

    @Test
    void createForUnknownOrMissingUserIs400() {
        HttpResponse<String> unknown = api.resource("?user=nobody-here").token(ADMIN)
                .accept(Api.JSON).post();
        HttpResponse<String> missing = api.resource("").token(ADMIN).accept(Api.JSON).post();
        HttpResponse<String> blank = api.resource("?user=%20").token(ADMIN).accept(Api.JSON).post();

        assertError(unknown, 400, "UNKNOWN_USER", "nobody-here");
        assertError(missing, 400, "INVALID_PARAMETER", "user");
        assertError(blank, 400, "INVALID_PARAMETER", "user");
    }

    @Test
    void demoUsersAreLoadedOnFirstStart() {
        String id = fixtures.create("ada.lovelace@example.com");

        JsonObject request = fixtures.read(id);

        assertEquals("Ada", request.getString("FirstName"));
        assertEquals("LN-100001", request.getString("LoyaltyNumber"));
    }

    @Test
    void readShowsEveryV3FieldInJsonWithNulls() {
        String prefix = fixtures.users(1);
        String id = fixtures.create(prefix + "-0");

        JsonObject request = fixtures.read(id);

        assertEquals(Set.of("FirstName", "ID", "LastModified", "LastName", "LoyaltyNumber",
                "MiddleName", "RequestToken", "Status", "URI"), request.keySet());
        assertEquals(List.of("FirstName", "ID", "LastModified", "LastName", "LoyaltyNumber",
                "MiddleName", "RequestToken", "Status", "URI"), List.copyOf(request.keySet()),
                "fields in v3.0 order");
        assertEquals(JsonValue.NULL, request.get("MiddleName"));
        assertEquals(JsonValue.NULL, request.get("RequestToken"), "never a token on GET");
        assertEquals("Pending", request.getString("Status"));
        assertEquals("First0", request.getString("FirstName"));
        assertEquals("LN-" + prefix + "-0", request.getString("LoyaltyNumber"));
        String lastModified = request.getString("LastModified");
        assertTrue(lastModified.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"), lastModified);
    }

    @Test
    void readShowsNilElementsInXml() {
        String id = fixtures.create(fixtures.users(1) + "-0");

        HttpResponse<String> response = api.resource("/" + id).token(ADMIN)
                .accept("text/xml").get();

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"));
        Element root = Api.xml(response).getDocumentElement();
        assertEquals("ConnectionRequest", root.getTagName());
        Element middle = (Element) root.getElementsByTagName("MiddleName").item(0);
        assertNotNull(middle, "an absent value keeps its element");
        assertEquals("true", middle.getAttributeNS(XSI, "nil"));
        assertEquals("Pending", text(root, "Status"));
        assertEquals(id, text(root, "ID"));
    }

    @Test
    void bothPathSpellingsAndTrailingSlashesWork() {
        String id = fixtures.create(fixtures.users(1) + "-0");

        for (String path : List.of("api/v3.0/Common/ConnectionRequests/" + id,
                "api/v3.0/COMMON/connectionRequests/" + id + "/",
                "api/v3.0/common/connectionrequests/" + id.toUpperCase())) {
            HttpResponse<String> response = api.call(path).token(ADMIN).accept(Api.JSON).get();
            assertEquals(200, response.statusCode(), path + ": " + response.body());
            assertEquals(id, Api.json(response).getString("ID"), path);
        }
        HttpResponse<String> listing = api.call("api/v3.0/Common/ConnectionRequests/?limit=1")
                .token(ADMIN).accept(Api.JSON).get();
        assertEquals(200, listing.statusCode(), listing.body());
    }

    @Test
    void unsupportedAcceptIs406InTheApiFormat() {
        HttpResponse<String> response = api.resource("").token(ADMIN).accept("text/plain").get();

        assertEquals(406, response.statusCode(), response.body());
        assertEquals("NOT_ACCEPTABLE", text(Api.xml(response).getDocumentElement(), "Code"));
    }

    @Test
    void theFirstAcceptedFormatWinsAndXmlIsTheDefault() {
        Map<String, String> expected = Map.of(
                "*/*", "application/xml",
                "application/json, application/xml", "application/json",
                "application/xml, application/json", "application/xml",
                "application/json;q=0.5, text/xml", "text/xml");

        expected.forEach((accept, type) -> {
            HttpResponse<String> response = api.resource("?limit=1").token(ADMIN)
                    .accept(accept).get();
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(type),
                    accept + " gives " + type);
        });
    }

    @Test
    void partnerPollDeliversWithAFreshTokenAndShowsPending() {
        String id = fixtures.create(fixtures.users(1) + "-0");

        JsonObject item = fixtures.deliver(id);

        assertEquals("Pending", item.getString("Status"), "shown in the state it was selected in");
        String token = item.getString("RequestToken");
        assertTrue(token.matches("[A-Za-z0-9_-]{43,}"), "256 URL-safe random bits: " + token);
        JsonObject after = fixtures.read(id);
        assertEquals("Processing", after.getString("Status"));
        assertEquals(JsonValue.NULL, after.get("RequestToken"));
        for (JsonObject later : Fixtures.items(fixtures.poll(10))) {
            assertFalse(id.equals(later.getString("ID")),
                    "a delivered request is not handed out twice");
        }
    }

    @Test
    void partnerPollInXmlCarriesTheToken() {
        String id = fixtures.create(fixtures.users(1) + "-0");
        String token = null;

        for (int poll = 0; poll < 100 && token == null; poll++) {
            HttpResponse<String> response = api.resource("?limit=10").token(PARTNER).get();
            assertEquals(200, response.statusCode(), response.body());
            Document page = Api.xml(response);
            assertEquals("ConnectionRequests", page.getDocumentElement().getTagName());
            var items = page.getElementsByTagName("ConnectionRequest");
            assertTrue(items.getLength() > 0, "request " + id + " was not delivered");
            for (int i = 0; i < items.getLength(); i++) {
                Element item = (Element) items.item(i);
                if (id.equals(text(item, "ID"))) {
                    token = text(item, "RequestToken");
                }
            }
        }

        assertNotNull(token);
        assertTrue(token.length() >= 43, token);
    }

    @Test
    void adminPendingListingOnlyReads() {
        String id = fixtures.create(fixtures.users(1) + "-0");

        List<String> listed = fixtures.listAll("pending", 10);

        assertTrue(listed.contains(id), "the new request is listed as Pending");
        assertEquals("Pending", fixtures.statusOf(id), "an admin's listing hands nothing out");
    }

    @Test
    void pagingVisitsEveryItemOnceWhileRequestsAreAdded() {
        String prefix = fixtures.users(40);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            created.add(fixtures.create(prefix + "-" + i));
        }
        List<String> seen = new ArrayList<>();
        String next = Api.RESOURCE + "?limit=3&status=Pending";
        int added = 25;

        while (next != null) {
            JsonObject page = Api.json(api.call(next).token(ADMIN).accept(Api.JSON).get());
            Fixtures.items(page).forEach(item -> seen.add(item.getString("ID")));
            next = page.isNull("NextPage") ? null : page.getString("NextPage");
            if (next != null) {
                assertTrue(next.startsWith("http") && next.contains("limit=3")
                        && next.contains("status=Pending"), next);
                if (added < 40) {
                    created.add(fixtures.create(prefix + "-" + added++));
                }
            }
        }

        assertEquals(seen.size(), new HashSet<>(seen).size(), "no item is repeated");
        assertTrue(seen.containsAll(created), "every request, also those added while paging,"
                + " is visited; missing: "
                + created.stream().filter(id -> !seen.contains(id)).toList());
        List<Integer> positions = created.stream().map(seen::indexOf).toList();
        assertEquals(positions.stream().sorted().toList(), positions, "oldest first");
    }

    @Test
    void limitAboveTenCountsAsTen() {
        String prefix = fixtures.users(12);
        for (int i = 0; i < 12; i++) {
            fixtures.create(prefix + "-" + i);
        }

        for (String limit : List.of("11", "99999999999", "010")) {
            JsonObject page = Api.json(api.resource("?status=Pending&limit=" + limit)
                    .token(ADMIN).accept(Api.JSON).get());
            assertEquals(10, page.getJsonArray("Items").size(), "limit=" + limit);
            assertTrue(page.getString("NextPage").contains("limit=10"), page.getString("NextPage"));
        }
        JsonObject defaults = Api.json(api.resource("").token(ADMIN).accept(Api.JSON).get());
        assertEquals(5, defaults.getJsonArray("Items").size(), "default limit");
    }

    @Test
    void badLimitsAre400NamingTheField() {
        for (String limit : List.of("0", "-1", "abc", "", "1.5", "%D9%A3")) {
            HttpResponse<String> response = api.resource("?limit=" + limit).token(ADMIN)
                    .accept(Api.JSON).get();
            assertError(response, 400, "INVALID_PARAMETER", "limit");
        }
    }

    @Test
    void statusFilterTakesAnyCaseAndRefusesUnknownValues() {
        HttpResponse<String> lower = api.resource("?status=connected").token(ADMIN)
                .accept(Api.JSON).get();
        HttpResponse<String> unknown = api.resource("?status=Done").token(ADMIN)
                .accept(Api.JSON).get();

        assertEquals(200, lower.statusCode(), lower.body());
        assertError(unknown, 400, "INVALID_PARAMETER",
                "Pending, Processing, Retry, Connected, Failed");
    }

    @Test
    void forgedCursorsAre400() {
        String prefix = fixtures.users(3);
        for (int i = 0; i < 3; i++) {
            fixtures.create(prefix + "-" + i);
        }
        String next = Api.json(api.resource("?limit=1&status=Pending").token(ADMIN)
                .accept(Api.JSON).get()).getString("NextPage");
        String cursor = next.substring(next.indexOf("offset=") + 7);
        char last = cursor.charAt(cursor.length() - 1);
        String tampered = cursor.substring(0, cursor.length() - 1) + (last == 'A' ? 'B' : 'A');

        for (String query : List.of("offset=" + tampered, "offset=not-a-cursor",
                "offset=AAAAAAAAAAE", "status=Failed&offset=" + cursor)) {
            HttpResponse<String> response = api.resource("?" + query).token(ADMIN)
                    .accept(Api.JSON).get();
            assertError(response, 400, "INVALID_PARAMETER", "offset");
        }
        HttpResponse<String> genuine = api.call(next).token(ADMIN).accept(Api.JSON).get();
        assertEquals(200, genuine.statusCode(), genuine.body());
    }

    @Test
    void putReadsEveryBodyShapePartnersSend() {
        String prefix = fixtures.users(5);
        Map<String, String[]> bodies = Map.of(
                "0", new String[] {"application/xml", "<ConnectionRequest xmlns:xsi=\"" + XSI
                        + "\"><DiscountCode xsi:nil=\"true\"/><FirstName>X</FirstName>"
                        + "<ID>whatever</ID><Message>hi</Message><Status>CRRET</Status>"
                        + "</ConnectionRequest>"},
                "1", new String[] {"application/json", "{\"status\": \"crret\"}"},
                "2", new String[] {"text/xml",
                    "<ConnectionRequestPut><Status>CRRET</Status></ConnectionRequestPut>"},
                "3", new String[] {"application/json; charset=utf-8", "{\"ID\": \"x\","
                        + " \"URI\": null, \"DiscountCode\": null, \"Status\": \"CrReT\"}"},
                "4", new String[] {"application/xml",
                    "<anything><status>crret</status></anything>"});

        bodies.forEach((user, body) -> {
            String id = fixtures.create(prefix + "-" + user);
            HttpResponse<String> response = api.resource("/" + id).token(PARTNER)
                    .accept(Api.JSON).put(body[0], body[1]);
            assertEquals(204, response.statusCode(), body[1] + ": " + response.body());
            assertEquals("Retry", fixtures.statusOf(id), body[1]);
        });
    }

    @Test
    void unreadableBodiesAre400AndChangeNothing() {
        String id = fixtures.create(fixtures.users(1) + "-0");
        List<String[]> bodies = List.of(
                new String[] {"application/xml", "<ConnectionRequest><Status>CRSUC"},
                new String[] {"application/json", "{\"Status\": "},
                new String[] {"application/json", "[\"CRSUC\"]"},
                new String[] {"application/json", "{\"Status\": 5}"},
                new String[] {"application/json", "{\"Status\": {\"Code\": \"CRSUC\"}}"},
                new String[] {"application/json", "{\"Other\": \"CRSUC\"}"},
                new String[] {"application/json", ""},
                new String[] {"application/xml", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x"
                        + " SYSTEM \"file:///etc/passwd\">]><r><Status>&x;</Status></r>"});

        for (String[] body : bodies) {
            HttpResponse<String> response = api.resource("/" + id).token(PARTNER)
                    .accept(Api.JSON).put(body[0], body[1]);
            assertError(response, 400, "INVALID_BODY", "");
        }
        HttpResponse<String> unknownCode = fixtures.put(id, "CRXXX");

        assertError(unknownCode, 400, "INVALID_BODY",
                "CRSUC, CREU1, CREU2, CREU3, CRPA1, CRPA2, CRRET");
        assertEquals("Pending", fixtures.statusOf(id), "nothing changed");
    }

    @Test
    void formatAndMethodErrorsUseTheApiBody() {
        String id = fixtures.create(fixtures.users(1) + "-0");

        HttpResponse<String> plain = api.resource("/" + id).token(PARTNER).accept(Api.JSON)
                .put("text/plain", "CRSUC");
        HttpResponse<String> patch = api.resource("/" + id).token(PARTNER).accept(Api.JSON)
                .method("PATCH");
        HttpResponse<String> nowhere = api.call("api/v3.0/common/elsewhere").token(PARTNER)
                .accept(Api.JSON).get();
        HttpResponse<String> tooLarge = api.resource("/" + id).token(PARTNER).accept(Api.JSON)
                .put(Api.JSON, "{\"Status\":\"CRRET\",\"pad\":\"" + "x".repeat(5000) + "\"}");

        assertError(plain, 415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type");
        assertError(patch, 405, "METHOD_NOT_ALLOWED", "Allow");
        assertTrue(patch.headers().firstValue("Allow").orElse("").contains("PUT"));
        assertError(nowhere, 404, "NOT_FOUND", "");
        assertError(tooLarge, 413, "PAYLOAD_TOO_LARGE", "4096");
        assertEquals("Pending", fixtures.statusOf(id));
    }

    @Test
    void errorIdsAreInTheServerLogButRequestTokensAreNot() {
        String id = fixtures.create(fixtures.users(1) + "-0");
        String token = fixtures.deliver(id).getString("RequestToken");

        HttpResponse<String> response = api.resource("/no-such-request").token(ADMIN)
                .accept(Api.JSON).get();

        String errorId = Api.json(response).getString("ErrorId");
        assertTrue(ServerLog.waitFor(errorId, Duration.ofSeconds(20)),
                "error " + errorId + " is logged");
        assertFalse(ServerLog.contains(token), "a request token never reaches the log");
        assertFalse(ServerLog.contains(ADMIN), "a bearer token never reaches the log");
    }

    @Test
    void deleteRemovesTheRequest() {
        String id = fixtures.create(fixtures.users(1) + "-0");

        HttpResponse<String> deleted = api.resource("/" + id).token(ADMIN).delete();
        HttpResponse<String> again = api.resource("/" + id).token(ADMIN).accept(Api.JSON).delete();
        HttpResponse<String> read = api.resource("/" + id).token(ADMIN).accept(Api.JSON).get();

        assertEquals(204, deleted.statusCode(), deleted.body());
        assertError(again, 404, "NOT_FOUND", "");
        assertError(read, 404, "NOT_FOUND", "");
    }

    @Test
    void forwardedHeadersShapeTheUris() {
        String id = fixtures.create(fixtures.users(1) + "-0");

        HttpResponse<String> response = api.resource("/" + id).token(ADMIN).accept(Api.JSON)
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "travel.example.com").get();

        assertEquals("https://travel.example.com/" + Api.RESOURCE + "/" + id,
                Api.json(response).getString("URI"));
    }

    @Test
    void openApiDescribesEveryOperation() {
        HttpResponse<String> response = api.call("openapi").accept(Api.JSON).get();

        assertEquals(200, response.statusCode(), response.body());
        JsonObject document = Api.json(response);
        JsonObject paths = document.getJsonObject("paths");
        JsonObject collection = paths.getJsonObject("/" + Api.RESOURCE);
        JsonObject item = paths.getJsonObject("/" + Api.RESOURCE + "/{id}");
        assertTrue(collection.containsKey("get") && collection.containsKey("post"),
                paths.toString());
        assertTrue(item.containsKey("get") && item.containsKey("put")
                && item.containsKey("delete"), item.toString());
        assertTrue(paths.getJsonObject("/api/admin/connectionrequests/{id}").containsKey("get"),
                "the admin's details: " + paths.keySet());
        assertFalse(paths.keySet().stream().anyMatch(path -> path.startsWith("/scim/")),
                "SCIM describes itself at /scim/v2/Schemas: " + paths.keySet());
        JsonObject put = item.getJsonObject("put");
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        assertTrue(schemas.getJsonObject("ConnectionRequest").getJsonObject("properties")
                .keySet().containsAll(List.of("FirstName", "ID", "RequestToken", "Status", "URI")));
        assertEquals("#/components/schemas/ConnectionRequest", schemas
                .getJsonObject("ConnectionRequests").getJsonObject("properties")
                .getJsonObject("Items").getJsonObject("items").getString("$ref"));
        assertTrue(schemas.containsKey("Error"));
        assertTrue(document.getJsonObject("components").getJsonObject("securitySchemes")
                .containsKey("bearer"));
        assertFalse(response.body().contains("\"maxProperties\":0")
                || response.body().contains("\"maxProperties\" : 0"), "no invented limits");
        assertEquals("application/json", put.getJsonObject("requestBody").getJsonObject("content")
                .keySet().iterator().next(), "JSON first, for generated clients");
        assertFalse(document.containsKey("endpoints"), "only OpenAPI fields at the top level");
        assertTrue(put.getJsonArray("parameters").getJsonObject(0).getBoolean("required"),
                "the path parameter is required");
        assertEquals("#/components/schemas/ConnectionRequestPut", put.getJsonObject("requestBody")
                .getJsonObject("content").getJsonObject("application/json")
                .getJsonObject("schema").getString("$ref"));
    }

    static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }

}
