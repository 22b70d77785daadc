package com.triplink.connections.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Steps that many tests share: seeding users, creating requests, polling. */
public final class Fixtures {

    private final Api api;

    public Fixtures(Api api) {
        this.api = api;
    }

    /** Adds {@code count} users named {@code <prefix>-0 ...} and returns the prefix. */
    public String users(int count) {
        String prefix = "u" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> response = api.call("api/test-support/users?prefix=" + prefix
                + "&count=" + count + "&supplier=" + ServiceArchive.SUPPLIER).post();
        assertEquals(204, response.statusCode(), "seeding users: " + response.body());
        return prefix;
    }

    /** Creates a request for this user as an admin and returns its ID. */
    public String create(String login) {
        HttpResponse<String> response = api.resource("?user=" + login)
                .token(TestTokens.forRoles(TestTokens.ADMIN)).accept(Api.JSON).post();
        assertEquals(200, response.statusCode(), "create for " + login + ": " + response.body());
        return Api.json(response).getString("ID");
    }

    /** The request as JSON, read by an admin. */
    public JsonObject read(String id) {
        HttpResponse<String> response = api.resource("/" + id)
                .token(TestTokens.forRoles(TestTokens.ADMIN)).accept(Api.JSON).get();
        assertEquals(200, response.statusCode(), "read " + id + ": " + response.body());
        return Api.json(response);
    }

    /** The effective status of the request. */
    public String statusOf(String id) {
        return read(id).getString("Status");
    }

    /** One partner poll, JSON. */
    public JsonObject poll(int limit) {
        HttpResponse<String> response = api.resource("?limit=" + limit)
                .token(TestTokens.forRoles(TestTokens.PARTNER)).accept(Api.JSON).get();
        assertEquals(200, response.statusCode(), "poll: " + response.body());
        return Api.json(response);
    }

    /**
     * Polls as a partner until the request with this ID is delivered and returns its item;
     * other requests delivered on the way are left to their leases.
     */
    public JsonObject deliver(String id) {
        for (int attempt = 0; attempt < 200; attempt++) {
            List<JsonObject> items = items(poll(10));
            for (JsonObject item : items) {
                if (id.equals(item.getString("ID"))) {
                    return item;
                }
            }
            if (items.isEmpty()) {
                fail("Request " + id + " was not delivered; the poll came back empty");
            }
        }
        throw new AssertionError("Request " + id + " was not delivered within 200 polls");
    }

    /** Puts a status code back as a partner, in JSON. */
    public HttpResponse<String> put(String id, String code) {
        return api.resource("/" + id).token(TestTokens.forRoles(TestTokens.PARTNER))
                .accept(Api.JSON).put(Api.JSON, "{\"Status\":\"" + code + "\"}");
    }

    /** A request of another supplier, for this new login ID; returns its ID. */
    public String foreignRequest(String supplier, String login) {
        HttpResponse<String> response = api.call("api/test-support/foreign-request?supplier="
                + supplier + "&login=" + login).post();
        assertEquals(200, response.statusCode(), "seeding a foreign request: " + response.body());
        return response.body();
    }

    /**
     * What a change to the request (of any supplier) would alter: status, version, times and
     * token hash; "absent" once it is deleted.
     */
    public String fingerprint(String id) {
        HttpResponse<String> response = api.call("api/test-support/requests/" + id).get();
        return response.statusCode() == 404 ? "absent" : response.body();
    }

    /** How many requests the user with this login ID has, of any supplier. */
    public long requestCount(String login) {
        return Long.parseLong(api.call("api/test-support/requests?login=" + login).get().body());
    }

    /** Moves the service's clock forward. */
    public void advanceClock(long seconds) {
        HttpResponse<String> response =
                api.call("api/test-support/clock?seconds=" + seconds).post();
        assertEquals(204, response.statusCode(), "moving the clock: " + response.body());
    }

    /** The IDs of every item of a listing, following NextPage to the end. */
    public List<String> listAll(String status, int limit) {
        List<String> ids = new ArrayList<>();
        String next = Api.RESOURCE + "?limit=" + limit + "&status=" + status;
        for (int page = 0; next != null; page++) {
            if (page > 10_000) {
                fail("Listing does not end");
            }
            JsonObject body = Api.json(api.call(next).token(TestTokens.forRoles(TestTokens.ADMIN))
                    .accept(Api.JSON).get());
            items(body).forEach(item -> ids.add(item.getString("ID")));
            next = body.isNull("NextPage") ? null : onThisServer(body.getString("NextPage"));
        }
        return ids;
    }

    /**
     * The path and query of an absolute URI the service handed out, to call on the server under
     * test even when the URI names a configured public host.
     */
    private static String onThisServer(String absolute) {
        URI uri = URI.create(absolute);
        return uri.getRawPath().substring(1) + "?" + uri.getRawQuery();
    }

    /** The items of a page. */
    public static List<JsonObject> items(JsonObject page) {
        return page.getJsonArray("Items").stream()
                .map(JsonValue::asJsonObject).toList();
    }
}
