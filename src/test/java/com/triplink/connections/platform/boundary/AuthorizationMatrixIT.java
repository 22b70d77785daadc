package com.triplink.connections.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.triplink.connections.testsupport.Api;
import com.triplink.connections.testsupport.DeployedService;
import com.triplink.connections.testsupport.Fixtures;
import com.triplink.connections.testsupport.LocalRunKey;
import com.triplink.connections.testsupport.ServerLog;
import com.triplink.connections.testsupport.ServiceArchive;
import com.triplink.connections.testsupport.TestTokens;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Who gets in: every operation and the public endpoints, called by every kind of caller, with
 * the exact status and error body of each cell; the supplier boundary on every method; and what
 * must never leak (tokens into the log, token answers into caches, guessable IDs).
 */
class AuthorizationMatrixIT extends DeployedService {

    private static final String ADMIN_ROLE = TestTokens.ADMIN;

    @Deployment(testable = false)
    static WebArchive deployment() {
        ServerLog.capture();
        return ServiceArchive.create(Map.of());
    }

    /** What a caller may do, which decides the expected status of each cell. */
    private enum Outcome { UNAUTHORIZED, FORBIDDEN, PARTNER, ADMIN, PROVISIONER }

    /**
     * One row of the matrix; {@code authorization} is the whole header, or null for none.
     * {@code publicStatus} is the answer of the public endpoints, which need no token but, like
     * every path of the server, refuse one whose signature or issuer does not verify.
     */
    private record Caller(String name, String authorization, Outcome outcome, int publicStatus) {

        Caller(String name, String authorization, Outcome outcome) {
            this(name, authorization, outcome, 200);
        }

        static Caller bearer(String name, String token, Outcome outcome) {
            return new Caller(name, "Bearer " + token, outcome, 200);
        }

        static Caller forged(String name, String token) {
            return new Caller(name, "Bearer " + token, Outcome.UNAUTHORIZED, 401);
        }
    }

    /** One column of the matrix. */
    private enum Operation {
        POLL, LIST, READ, CREATE, PUT, DELETE, DETAILS, OPENAPI, HEALTH,
        SCIM_SEARCH, SCIM_CREATE, SCIM_PATCH, SCIM_CONFIG;

        /** The request for this cell; {@code login} names a user to create or act on. */
        HttpResponse<String> send(Api api, String authorization, String id, String login,
                String scimUser) {
            Api.Call call = switch (this) {
                case POLL -> api.resource("?status=Pending&limit=1");
                case LIST -> api.resource("?status=Retry");
                case READ, PUT, DELETE -> api.resource("/" + id);
                case CREATE -> api.resource("?user=" + login);
                case DETAILS -> api.call("api/admin/connectionrequests/" + id);
                case OPENAPI -> api.call("openapi");
                case HEALTH -> api.call("health");
                case SCIM_SEARCH -> api.scim("Users?filter=userName%20eq%20%22" + login + "%22");
                case SCIM_CREATE -> api.scim("Users");
                case SCIM_PATCH -> api.scim("Users/" + scimUser);
                case SCIM_CONFIG -> api.scim("ServiceProviderConfig");
            };
            if (authorization != null) {
                call.header("Authorization", authorization);
            }
            call.accept(isScim() ? Api.SCIM_JSON : Api.JSON);
            return switch (this) {
                case CREATE -> call.post();
                case PUT -> call.put(Api.JSON, "{\"Status\":\"CRRET\"}");
                case DELETE -> call.delete();
                case SCIM_CREATE -> call.send("POST", Api.SCIM_JSON,
                        "{\"userName\": \"" + login + "\"}");
                case SCIM_PATCH -> call.send("PATCH", Api.SCIM_JSON, "{\"schemas\":"
                        + " [\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"], \"Operations\":"
                        + " [{\"op\": \"replace\", \"path\": \"active\", \"value\": true}]}");
                default -> call.get();
            };
        }

        boolean isScim() {
            return name().startsWith("SCIM_");
        }

        int expectedFor(Caller caller) {
            if (this == OPENAPI || this == HEALTH) {
                return caller.publicStatus();
            }
            return switch (caller.outcome()) {
                case UNAUTHORIZED -> 401;
                case FORBIDDEN -> 403;
                case PARTNER -> switch (this) {
                    case CREATE, DELETE, DETAILS, SCIM_SEARCH, SCIM_CREATE, SCIM_PATCH,
                            SCIM_CONFIG -> 403;
                    case PUT -> 204;
                    default -> 200;
                };
                case PROVISIONER -> isScim() ? success() : 403;
                case ADMIN -> success();
            };
        }

        private int success() {
            return switch (this) {
                case PUT, DELETE -> 204;
                case SCIM_CREATE -> 201;
                default -> 200;
            };
        }
    }

    private static List<Caller> callers() {
        return List.of(
                new Caller("no Authorization header", null, Outcome.UNAUTHORIZED),
                new Caller("Basic scheme", "Basic dXNlcjpwYXNzd29yZA==", Outcome.UNAUTHORIZED),
                new Caller("Bearer without a token", "Bearer", Outcome.UNAUTHORIZED),
                Caller.forged("malformed JWT", "not.a.jwt"),
                Caller.forged("broken signature", TestTokens.withBrokenSignature(ADMIN_ROLE)),
                Caller.forged("claims altered after signing",
                        TestTokens.withAlteredClaims(TestTokens.PARTNER)),
                Caller.forged("signed by another key", TestTokens.signedByStranger(ADMIN_ROLE)),
                Caller.forged("signed by the local-run key", LocalRunKey.token(ADMIN_ROLE)),
                Caller.forged("wrong issuer", TestTokens.wrongIssuer(ADMIN_ROLE)),
                Caller.forged("expired", TestTokens.expired(ADMIN_ROLE)),
                Caller.bearer("not yet valid (nbf)", TestTokens.notYetValid(ADMIN_ROLE),
                        Outcome.UNAUTHORIZED),
                Caller.bearer("issued in the future (iat)",
                        TestTokens.issuedInTheFuture(ADMIN_ROLE), Outcome.UNAUTHORIZED),
                Caller.forged("alg none", TestTokens.unsigned(ADMIN_ROLE)),
                Caller.forged("HS256 keyed with the public key",
                        TestTokens.hmacWithThePublicKey(ADMIN_ROLE)),
                Caller.bearer("no groups claim", TestTokens.withoutGroups(), Outcome.FORBIDDEN),
                Caller.bearer("wrong role", TestTokens.forRoles("traveller"), Outcome.FORBIDDEN),
                Caller.bearer("partner", PARTNER, Outcome.PARTNER),
                Caller.bearer("UserProvisioner", TestTokens.forRoles("UserProvisioner"),
                        Outcome.PROVISIONER),
                Caller.bearer("WebServicesAdmin", ADMIN, Outcome.ADMIN));
    }

    @Test
    void everyCallerGetsExactlyWhatItsTokenAllows() {
        String prefix = fixtures.users(10);
        String guarded = fixtures.create(prefix + "-0");
        String untouchedUser = prefix + "-1";
        String before = fixtures.fingerprint(guarded);
        String scimUser = Api.json(api.scim("Users").token(ADMIN).send("POST", Api.SCIM_JSON,
                "{\"userName\": \"" + prefix + "-scim\"}")).getString("id");
        List<String> failures = new ArrayList<>();
        int cells = 0;
        int nextUser = 2;

        for (Caller caller : callers()) {
            for (Operation operation : Operation.values()) {
                boolean allowed = operation.expectedFor(caller) < 400;
                boolean changes = operation == Operation.PUT || operation == Operation.DELETE;
                String id = allowed && changes ? fixtures.create(prefix + "-" + nextUser++)
                        : guarded;
                String login = operation == Operation.SCIM_CREATE
                        ? (allowed ? prefix + "-new-" + nextUser++ : prefix + "-never")
                        : allowed && operation == Operation.CREATE
                        ? prefix + "-" + nextUser++ : untouchedUser;
                HttpResponse<String> response = operation.send(api, caller.authorization(), id,
                        login, scimUser);
                check(caller, operation, response, failures);
                cells++;
            }
            if (caller.outcome() == Outcome.UNAUTHORIZED || caller.outcome() == Outcome.FORBIDDEN) {
                assertEquals(before, fixtures.fingerprint(guarded), caller.name()
                        + " changed the request");
            }
        }

        assertEquals(List.of(), failures, failures.size() + " of " + cells + " cells are wrong");
        assertEquals(0, fixtures.requestCount(untouchedUser), "no denied POST created anything");
        assertEquals(0, Api.json(api.scim("Users?filter=userName%20eq%20%22" + prefix
                + "-never%22").token(ADMIN).get()).getInt("totalResults"),
                "no denied SCIM POST created anything");
        System.out.println("Authorization matrix: " + cells + " cells checked");
    }

    private static void check(Caller caller, Operation operation, HttpResponse<String> response,
            List<String> failures) {
        int expected = operation.expectedFor(caller);
        String cell = operation + " by " + caller.name();
        if (response.statusCode() != expected) {
            failures.add(cell + ": " + response.statusCode() + " instead of " + expected + " "
                    + response.body());
            return;
        }
        if (expected != 401 && expected != 403) {
            return;
        }
        if (operation.isScim()) {
            JsonObject error = Api.json(response);
            if (!response.headers().firstValue("Content-Type").orElse("")
                    .startsWith(Api.SCIM_JSON)
                    || !String.valueOf(expected).equals(error.getString("status"))
                    || !error.getString("detail").matches("(?s).+\\(error ID [0-9a-f-]{36}\\)")) {
                failures.add(cell + ": SCIM body " + response.body());
            }
        } else {
            JsonObject error = Api.json(response);
            String code = expected == 401 ? "UNAUTHORIZED" : "FORBIDDEN";
            if (!code.equals(error.getString("Code"))
                    || error.getString("Message").isBlank()
                    || !isUuid(error.getString("ErrorId"))) {
                failures.add(cell + ": body " + response.body());
            }
        }
        if (expected == 401 && !"Bearer".equals(response.headers()
                .firstValue("WWW-Authenticate").orElse(null))) {
            failures.add(cell + ": no WWW-Authenticate: Bearer");
        }
    }

    @Test
    void anotherSuppliersRequestIsAbsentOnEveryMethodAndNeverChanges() {
        String foreign = fixtures.foreignRequest("OTHER-SUPPLIER", "f-" + UUID.randomUUID());
        String before = fixtures.fingerprint(foreign);

        for (String token : List.of(PARTNER, ADMIN)) {
            assertNotFound(api.resource("/" + foreign).token(token).accept(Api.JSON).get());
            assertNotFound(api.resource("/" + foreign).token(token).accept(Api.JSON)
                    .put(Api.JSON, "{\"Status\":\"CRSUC\"}"));
            assertNotFound(api.resource("/" + foreign).token(token).accept(Api.XML)
                    .put(Api.XML, "<r><Status>CRSUC</Status></r>"));
            assertNotFound(api.resource("/" + foreign.toUpperCase()).token(token)
                    .accept(Api.JSON).get());
        }
        assertNotFound(api.resource("/" + foreign).token(ADMIN).accept(Api.JSON).delete());
        for (String status : List.of("Pending", "Processing", "Retry", "Connected", "Failed")) {
            assertFalse(fixtures.listAll(status, 10).contains(foreign), "listed as " + status);
        }
        for (JsonObject page = fixtures.poll(10); !Fixtures.items(page).isEmpty();
                page = fixtures.poll(10)) {
            Fixtures.items(page).forEach(item ->
                    assertNotEquals(foreign, item.getString("ID"), "delivered"));
        }

        assertEquals(before, fixtures.fingerprint(foreign), "nothing about it changed");
    }

    private static void assertNotFound(HttpResponse<String> response) {
        assertEquals(404, response.statusCode(), response.body());
        String body = response.body();
        assertTrue(body.contains("NOT_FOUND"), body);
        assertFalse(body.contains("OTHER-SUPPLIER"), "the other supplier is not named: " + body);
    }

    @Test
    void noTokenEverReachesTheLog() {
        String prefix = fixtures.users(1);
        String id = fixtures.create(prefix + "-0");
        String requestToken = fixtures.deliver(id).getString("RequestToken");
        List<String> secrets = new ArrayList<>(List.of(requestToken));
        for (Caller caller : callers()) {
            if (caller.authorization() != null) {
                String credential = caller.authorization().replaceFirst("^\\S+\\s*", "");
                api.resource("/" + id).header("Authorization", caller.authorization())
                        .accept(Api.JSON).get();
                if (credential.length() > 20) {
                    secrets.add(credential);
                    secrets.add(credential.substring(credential.lastIndexOf('.') + 1));
                }
            }
        }
        String errorId = Api.json(api.resource("/no-such-request").token(ADMIN)
                .accept(Api.JSON).get()).getString("ErrorId");

        assertTrue(ServerLog.waitFor(errorId, Duration.ofSeconds(30)), "the log caught up");
        for (String secret : secrets) {
            if (!secret.isEmpty()) {
                assertFalse(ServerLog.contains(secret), "the log holds a secret: "
                        + secret.substring(0, Math.min(12, secret.length())) + "...");
            }
        }
    }

    @Test
    void answersAreNeverStoredByCaches() {
        String id = fixtures.create(fixtures.users(1) + "-0");

        HttpResponse<String> delivery = null;
        for (int attempt = 0; attempt < 200 && delivery == null; attempt++) {
            HttpResponse<String> poll = api.resource("?limit=10").token(PARTNER)
                    .accept(Api.JSON).get();
            if (poll.body().contains(id)) {
                delivery = poll;
            }
            assertEquals("no-store", poll.headers().firstValue("Cache-Control").orElse(null));
        }
        HttpResponse<String> xml = api.resource("/" + id).token(ADMIN).accept(Api.XML).get();
        HttpResponse<String> error = api.resource("/nothing").token(ADMIN).get();

        assertTrue(delivery != null && delivery.body().contains("\"RequestToken\":\""),
                "the poll delivered the request with its token");
        for (HttpResponse<String> response : List.of(delivery, xml, error)) {
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null));
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options")
                    .orElse(null));
        }
    }

    @Test
    void requestIdsAreRandomUuidsInNoOrder() {
        String prefix = fixtures.users(30);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(fixtures.create(prefix + "-" + i));
        }

        Set<String> distinct = new HashSet<>(ids);
        assertEquals(ids.size(), distinct.size());
        for (String id : ids) {
            UUID uuid = UUID.fromString(id);
            assertEquals(4, uuid.version(), "random (version 4): " + id);
            assertEquals(2, uuid.variant(), id);
        }
        assertNotEquals(ids.stream().sorted().toList(), ids, "IDs do not follow creation order");
        Set<String> prefixes = new HashSet<>();
        ids.forEach(id -> prefixes.add(id.substring(0, 4)));
        assertTrue(prefixes.size() > 20, "IDs share no common prefix: " + prefixes);
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equals(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
