package com.triplink.connections.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.triplink.connections.testsupport.Api;
import com.triplink.connections.testsupport.Fixtures;
import com.triplink.connections.testsupport.MicroProcess;
import com.triplink.connections.testsupport.ServiceArchive;
import com.triplink.connections.testsupport.TestTokens;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property-based fuzzing of the running service (its own Payara Micro, production-like
 * settings): generated query strings, headers, paths and bodies from every kind of caller, to
 * the API and to the SCIM service provider. Whatever is sent, the answer is never a 5xx, never
 * an HTML page, every error has the API's body (SCIM's under {@code /scim}), and requests the
 * caller may not touch never change. Each property makes 300 tries
 * ({@code jqwik.tries.default} in {@code junit-platform.properties}; more with
 * {@code -Djqwik.tries.default=N}).
 */
class FuzzIT {

    private static final AtomicInteger SENT = new AtomicInteger();
    private static final AtomicInteger REFUSED_BY_HTTP_LAYER = new AtomicInteger();
    private static final AtomicInteger REDIRECTED_DIRECTORIES = new AtomicInteger();
    private static final String ADMIN = TestTokens.forRoles(TestTokens.ADMIN);
    private static final String PARTNER = TestTokens.forRoles(TestTokens.PARTNER);
    private static final String PROVISIONER = TestTokens.forRoles("UserProvisioner");

    private static MicroProcess server;
    private static Api api;
    private static Fixtures fixtures;
    /** A Connected request of this supplier: no call of a fuzzed caller may change it. */
    private static String guarded;
    /** A request of another supplier: no call of anybody may change or reveal it. */
    private static String foreign;
    private static String guardedBefore;
    private static String foreignBefore;
    /** A directory user that fuzzed SCIM calls may change. */
    private static String scimUser;

    @BeforeContainer
    static void start() {
        Path war = MicroProcess.export(ServiceArchive.create(Map.of()), "fuzz");
        server = MicroProcess.start("fuzz", war, Map.of(), Map.of(), List.of());
        api = new Api(server.base());
        fixtures = new Fixtures(api);
        String prefix = fixtures.users(3);
        guarded = fixtures.create(prefix + "-0");
        fixtures.deliver(guarded);
        assertEquals(204, fixtures.put(guarded, "CRSUC").statusCode());
        foreign = fixtures.foreignRequest("OTHER-SUPPLIER", "fuzz-" + UUID.randomUUID());
        fixtures.create(prefix + "-1");
        fixtures.create(prefix + "-2");
        guardedBefore = fixtures.fingerprint(guarded);
        foreignBefore = fixtures.fingerprint(foreign);
        scimUser = Api.json(api.scim("Users").token(ADMIN).send("POST", Api.SCIM_JSON,
                "{\"userName\": \"fuzz-" + UUID.randomUUID() + "\"}")).getString("id");
    }

    @AfterContainer
    static void stop() {
        try {
            String log = server.log();
            System.out.println("Fuzzing: " + SENT.get() + " generated requests sent, "
                    + REFUSED_BY_HTTP_LAYER.get() + " of them refused by the HTTP layer, "
                    + REDIRECTED_DIRECTORIES.get() + " redirected to WEB-INF/ or META-INF/");
            assertFalse(log.contains("local-run key are trusted"), "no local-run warning here");
            assertFalse(log.contains(ADMIN) || log.contains(PARTNER), "no token in the log");
        } finally {
            server.close();
        }
    }

    @Property
    void anyQueryString(@ForAll("queries") String query, @ForAll("callers") String caller,
            @ForAll boolean create) {
        Api.Call call = api.resource("?" + query).header("Authorization", caller);
        HttpResponse<String> response = create ? call.post() : call.get();

        assertClean(response);
    }

    @Property
    void anyHeaders(@ForAll("headerSets") List<Tuple.Tuple2<String, String>> headers,
            @ForAll("targets") String target) {
        Api.Call call = api.resource(target);
        headers.forEach(header -> call.header(header.get1(), header.get2()));

        assertClean(call.get());
    }

    @Property
    void anyBody(@ForAll("bodies") byte[] body, @ForAll("contentTypes") String contentType,
            @ForAll("targets") String target, @ForAll("callers") String caller) {
        HttpResponse<String> response = api.resource(target).header("Authorization", caller)
                .header("Accept", "application/json").putBytes(contentType, body);

        assertClean(response);
    }

    @Property
    void anyPathAndMethod(@ForAll("paths") String path, @ForAll("methods") String method,
            @ForAll("callers") String caller) {
        HttpResponse<String> response = api.call(path).header("Authorization", caller)
                .method(method);

        assertClean(response);
    }

    @Property
    void anyScimSearch(@ForAll("scimQueries") String query, @ForAll("callers") String caller) {
        assertClean(api.scim("Users?" + query).header("Authorization", caller).get());
    }

    @Property
    void anyScimBody(@ForAll("scimBodies") byte[] body, @ForAll("contentTypes") String type,
            @ForAll("scimWrites") Tuple.Tuple2<String, String> write,
            @ForAll("callers") String caller) {
        HttpResponse<String> response = api.scim(write.get2()).header("Authorization", caller)
                .sendBytes(write.get1(), "*/*".equals(type) ? Api.SCIM_JSON : type, body);

        assertClean(response);
    }

    /** The invariants every answer must hold, checked after each generated request. */
    private static void assertClean(HttpResponse<String> response) {
        SENT.incrementAndGet();
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        String body = response.body();

        assertTrue(status < 500, status + ": " + body);
        if (isDirectoryRedirect(response)) {
            REDIRECTED_DIRECTORIES.incrementAndGet();
            return;
        }
        assertFalse(type.contains("html") || body.toLowerCase().contains("<html"), body);
        boolean head = "HEAD".equals(response.request().method());
        if (status == 400 && body.isEmpty() && type.isEmpty()) {
            // refused by the HTTP layer before any application code, e.g. an encoded backslash
            // in the path; it has no body to negotiate
            REFUSED_BY_HTTP_LAYER.incrementAndGet();
        } else if (status >= 400 && !head && isScim(response)) {
            assertTrue(type.startsWith(Api.SCIM_JSON) && body.contains(
                    "\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"]"),
                    "a SCIM error body: " + status + " " + type + " " + body);
        } else if (status >= 400 && !head) {
            assertTrue(body.contains("\"Code\":\"") || body.contains("<Code>"),
                    "an API error body: " + status + " " + type + " " + body);
        }
        assertEquals(foreignBefore, fixtures.fingerprint(foreign), "the foreign request");
        assertEquals(guardedBefore, fixtures.fingerprint(guarded), "the guarded request");
        assertFalse(body.contains(foreign), "the foreign request is never shown");
    }

    private static boolean isScim(HttpResponse<String> response) {
        String path = response.request().uri().getRawPath();
        return path.equals("/scim") || path.startsWith("/scim/");
    }

    /**
     * Payara's redirect of {@code /WEB-INF} and {@code /META-INF} to the same path with a slash
     * (which is a 404): a short HTML page before any application code runs (a known limit).
     */
    private static boolean isDirectoryRedirect(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElse("");
        return response.statusCode() == 301
                && (location.endsWith("/WEB-INF/") || location.endsWith("/META-INF/"));
    }

    @Provide
    Arbitrary<String> callers() {
        return Arbitraries.oneOf(
                Arbitraries.of("Bearer " + ADMIN, "Bearer " + PARTNER, "Bearer " + PROVISIONER,
                        "Bearer " + TestTokens.forRoles("traveller"),
                        "Bearer " + TestTokens.signedByStranger(TestTokens.ADMIN),
                        "Bearer " + TestTokens.unsigned(TestTokens.ADMIN),
                        "Bearer " + TestTokens.notYetValid(TestTokens.ADMIN),
                        "Bearer", "Basic Zm9vOmJhcg==", "Bearer not.a.jwt"),
                printable(0, 80).map(text -> "Bearer " + text));
    }

    @Provide
    Arbitrary<String> targets() {
        return Arbitraries.oneOf(
                Arbitraries.of("/" + guarded, "/" + foreign, "/" + UUID.randomUUID(), "",
                        "/" + guarded.toUpperCase()),
                printable(1, 40).map(text -> "/" + encode(text)));
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> names = Arbitraries.oneOf(
                Arbitraries.of("limit", "status", "offset", "user", "LIMIT", "Status"),
                anyText(0, 12));
        Arbitrary<String> values = Arbitraries.oneOf(
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.of("Pending", "processing", "RETRY", "Connected", "failed", "", "0",
                        "10", "11", "99999999999999999999", "\u0663", "\uff15", "1e3", "0x5"),
                Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPabcdef0123456789-_")
                        .ofMaxLength(60),
                anyText(0, 40));
        Arbitrary<String> pair = Combinators.combine(names, values)
                .as((name, value) -> encode(name) + "=" + encode(value));
        Arbitrary<String> raw = Arbitraries.of("%FF%FE", "%00", "%C0%AE", "limit=%FF",
                "status=%E2%80%AE", "offset=%2F..%2F", "=", "&&", "limit");
        return Arbitraries.oneOf(pair, raw).list().ofMaxSize(6)
                .map(parts -> String.join("&", parts));
    }

    @Provide
    Arbitrary<List<Tuple.Tuple2<String, String>>> headerSets() {
        Arbitrary<String> names = Arbitraries.oneOf(
                Arbitraries.of("Accept", "Content-Type", "Authorization", "X-Forwarded-Host",
                        "X-Forwarded-Proto", "X-Forwarded-Port", "X-Forwarded-For", "Forwarded",
                        "X-HTTP-Method-Override", "Accept-Language", "Accept-Charset",
                        "If-None-Match", "Range", "Origin", "Cookie"),
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzXYZ-")
                        .ofMinLength(1).ofMaxLength(20).map(name -> "X-" + name));
        Arbitrary<String> values = Arbitraries.oneOf(
                Arbitraries.of("application/json", "application/xml", "text/xml", "*/*",
                        "text/html", "application/json;q=0", "application/xml;q=abc",
                        "Bearer " + ADMIN, "Bearer " + PARTNER, "https", "ftp",
                        "evil.example:99999", "[::1]:80", "a b c", "DELETE", "bytes=0-1",
                        "*;q=0.5, */*;q=2"),
                printable(0, 120));
        return Combinators.combine(names, values).as(Tuple::of).list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        Arbitrary<String> status = Arbitraries.oneOf(
                Arbitraries.of("CRSUC", "crret", "CREU1", "CRPA2", "", "CRSUC\u0000"),
                anyText(0, 20));
        Arbitrary<String> json = Combinators.combine(Arbitraries.of("Status", "status",
                "STATUS", "Other"), status, Arbitraries.of("\"%s\"", "%s", "[\"%s\"]",
                "{\"v\":\"%s\"}", "null", "true", "%s%s")).as((key, value, shape) ->
                "{\"" + key + "\":" + shape.replace("%s", value) + "}");
        Arbitrary<String> xml = Combinators.combine(anyName(), Arbitraries.of("Status",
                "status", "Other"), status).as((root, element, value) ->
                "<" + root + "><" + element + ">" + value + "</" + element + "></" + root + ">");
        Arbitrary<String> mutated = Combinators.combine(Arbitraries.oneOf(json, xml),
                Arbitraries.integers().between(0, 200), anyText(0, 8))
                .as((text, at, insert) -> text.substring(0, Math.min(at, text.length()))
                        + insert + text.substring(Math.min(at, text.length())));
        Arbitrary<byte[]> text = Arbitraries.oneOf(json, xml, mutated, anyText(0, 300))
                .map(body -> body.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(text, Arbitraries.bytes().array(byte[].class).ofMaxSize(600));
    }

    @Provide
    Arbitrary<String> scimQueries() {
        Arbitrary<String> attribute = Arbitraries.oneOf(Arbitraries.of("userName", "externalId",
                "id", "name.givenName", "active", "emails", "emails.value", "emails.type",
                "meta.created", "meta.lastModified", "title", "urn:x:y:attr", "emails[type",
                "name.familyName.x"), anyName());
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of("\"a\"", "true", "false",
                "null", "5", "\"2026-12-01T00:00:00Z\"", "\"%_!\\\"\"", "\"\""),
                printable(0, 20).map(text -> "\"" + text + "\""));
        Arbitrary<String> comparison = Combinators.combine(attribute, Arbitraries.of("eq", "ne",
                "co", "sw", "ew", "gt", "ge", "lt", "le", "pr", "xx", ""), value)
                .as((name, operator, operand) -> operator.equals("pr") ? name + " pr"
                        : name + " " + operator + " " + operand);
        Arbitrary<String> filter = Arbitraries.oneOf(comparison,
                Combinators.combine(comparison, Arbitraries.of(" and ", " or ", " and not ("),
                        comparison).as((left, join, right) -> left + join + right
                        + (join.endsWith("(") ? ")" : "")),
                comparison.map(text -> "emails[" + text + "]"),
                comparison.map(text -> "(".repeat(40) + text), anyText(0, 60));
        Arbitrary<String> number = Arbitraries.oneOf(Arbitraries.integers().map(String::valueOf),
                Arbitraries.of("", "x", "1e3", "99999999999999999999", "-0"));
        return Combinators.combine(filter, number, number).as((text, start, count) ->
                "filter=" + encode(text) + "&startIndex=" + encode(start) + "&count="
                        + encode(count));
    }

    @Provide
    Arbitrary<Tuple.Tuple2<String, String>> scimWrites() {
        return Arbitraries.oneOf(Arbitraries.of(Tuple.of("POST", "Users"),
                Tuple.of("POST", "Bulk"), Tuple.of("PUT", "Users/" + scimUser),
                Tuple.of("PATCH", "Users/" + scimUser), Tuple.of("PATCH", "Users/nobody"),
                Tuple.of("PUT", "Users"), Tuple.of("POST", "Schemas")));
    }

    @Provide
    Arbitrary<byte[]> scimBodies() {
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of("\"a@example.com\"", "true",
                "\"False\"", "null", "5", "[]", "{}", "[{\"value\": 5}]",
                "[{\"value\": \"x@example.com\", \"primary\": \"yes\"}]",
                "{\"loyaltyNumbers\": [{\"supplierId\": \"S\", \"value\": 1}]}",
                "{\"givenName\": [\"x\"]}"), printable(0, 30).map(text -> "\"" + text + "\""));
        Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of("userName", "USERNAME",
                "name", "emails", "active", "externalId", "id", "meta", "schemas", "Operations",
                "failOnErrors", "urn:triplink:scim:schemas:extension:loyalty:2.0:User"),
                anyName());
        Arbitrary<String> object = Combinators.combine(key, value).as((name, text) ->
                "\"" + name + "\": " + text).list().ofMaxSize(5)
                .map(pairs -> "{" + String.join(", ", pairs) + "}");
        Arbitrary<String> operation = Combinators.combine(Arbitraries.of("add", "Replace",
                "remove", "move", "", "5"), Arbitraries.of("", "active", "name.givenName",
                "emails[type eq \\\"work\\\"].value", "emails[", "id", "meta.created",
                "urn:triplink:scim:schemas:extension:loyalty:2.0:User:loyaltyNumbers"), value)
                .as((op, path, text) -> "{\"op\": \"" + op + "\"" + (path.isEmpty() ? ""
                        : ", \"path\": \"" + path + "\"") + ", \"value\": " + text + "}");
        Arbitrary<String> patch = operation.list().ofMaxSize(4).map(list -> "{\"schemas\":"
                + " [\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"], \"Operations\": ["
                + String.join(", ", list) + "]}");
        Arbitrary<String> bulk = Combinators.combine(Arbitraries.of("POST", "PUT", "PATCH",
                "DELETE", "GET", ""), Arbitraries.of("/Users", "/Users/bulkId:a", "/Users/"
                + scimUser, "/Groups", ""), object).as((method, path, data) -> "{\"method\": \""
                + method + "\", \"path\": \"" + path + "\", \"bulkId\": \"a\", \"data\": "
                + data + "}").list().ofMaxSize(3).map(list -> "{\"schemas\":"
                + " [\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"], \"Operations\": ["
                + String.join(", ", list) + "]}");
        Arbitrary<String> mutated = Combinators.combine(Arbitraries.oneOf(object, patch, bulk),
                Arbitraries.integers().between(0, 200), anyText(0, 8))
                .as((text, at, insert) -> text.substring(0, Math.min(at, text.length()))
                        + insert + text.substring(Math.min(at, text.length())));
        return Arbitraries.oneOf(Arbitraries.oneOf(object, patch, bulk, mutated)
                        .map(text -> text.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300));
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.oneOf(Arbitraries.of("application/json", "application/xml",
                "text/xml", "application/json; charset=ISO-8859-1", "text/xml; charset=UTF-16",
                "text/plain", "application/x-www-form-urlencoded", "multipart/form-data",
                "application/json;;", "*/*", "application/*"),
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz/;=+-*")
                        .ofMinLength(1).ofMaxLength(30));
    }

    @Provide
    Arbitrary<String> paths() {
        Arbitrary<String> segment = Arbitraries.oneOf(
                Arbitraries.of("api", "v3.0", "common", "connectionrequests", "Common",
                        "ConnectionRequests", "..", ".", "%2e%2e", "%2F", "WEB-INF", "META-INF",
                        guarded,
                        foreign, "openapi", ";jsessionid=x", "%00"),
                anyText(1, 16).map(FuzzIT::encode));
        Arbitrary<String> scimSegment = Arbitraries.oneOf(segment, Arbitraries.of("Users",
                "Bulk", "Schemas", "ResourceTypes", "ServiceProviderConfig", "users", "Me",
                ".search", "v2", "scim"));
        return Arbitraries.oneOf(
                segment.list().ofMinSize(1).ofMaxSize(6)
                        .map(parts -> "api/" + String.join("/", parts)),
                scimSegment.list().ofMinSize(1).ofMaxSize(4)
                        .map(parts -> "scim/v2/" + String.join("/", parts)));
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD",
                "PROPFIND", "FOO");
    }

    private static Arbitrary<String> anyText(int min, int max) {
        return Arbitraries.strings().all().ofMinLength(min).ofMaxLength(max);
    }

    private static Arbitrary<String> printable(int min, int max) {
        return Arbitraries.strings().withCharRange(' ', '~').ofMinLength(min).ofMaxLength(max);
    }

    private static Arbitrary<String> anyName() {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
