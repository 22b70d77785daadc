package com.triplink.connections.platform.boundary;

import static com.triplink.connections.testsupport.ApiAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.triplink.connections.testsupport.Api;
import com.triplink.connections.testsupport.DeployedService;
import com.triplink.connections.testsupport.ServerLog;
import com.triplink.connections.testsupport.ServiceArchive;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * What a broken or malicious client may send: XML attacks with real payloads, oversized and
 * malformed requests, odd parameters and bodies, wrong methods and paths. Each gets a clear
 * 4xx in the API's format, and nothing changes.
 */
class HostileInputIT extends DeployedService {

    /** The limit of a single XML attack: far above a normal answer, far below an explosion. */
    private static final Duration QUICKLY = Duration.ofSeconds(10);

    @Deployment(testable = false)
    static WebArchive deployment() {
        ServerLog.capture();
        return ServiceArchive.create(Map.of());
    }

    @Test
    void xmlAttacksAreRefusedWithoutReadingFilesOrOpeningConnections() throws IOException {
        String id = fixtures.create(fixtures.users(1) + "-0");
        String before = fixtures.fingerprint(id);
        Path canary = Files.writeString(Path.of("target", "xxe-canary.txt").toAbsolutePath(),
                "CRSUC");
        try (ServerSocketChannel listener = ServerSocketChannel.open()) {
            listener.bind(new InetSocketAddress("127.0.0.1", 0)).configureBlocking(false);
            String trap = "http://127.0.0.1:" + listener.socket().getLocalPort();

            for (Map.Entry<String, String> attack : xmlAttacks(canary.toUri().toString(), trap)
                    .entrySet()) {
                long start = System.nanoTime();
                HttpResponse<String> response = api.resource("/" + id).token(PARTNER)
                        .accept(Api.JSON).put(Api.XML, attack.getValue());
                Duration took = Duration.ofNanos(System.nanoTime() - start);

                assertError(response, 400, "INVALID_BODY", "");
                assertTrue(took.compareTo(QUICKLY) < 0, attack.getKey() + " took " + took);
                assertFalse(response.body().contains("CRSUC"), "the file was not read");
            }

            assertNull(listener.accept(), "the service never connected to the trap");
        }
        assertEquals(before, fixtures.fingerprint(id), "nothing changed");
        assertEquals("Pending", fixtures.statusOf(id), "the service still answers");
    }

    private static Map<String, String> xmlAttacks(String file, String trap) {
        Map<String, String> attacks = new LinkedHashMap<>();
        attacks.put("external entity (file)", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x"
                + " SYSTEM \"" + file + "\">]><r><Status>&x;</Status></r>");
        attacks.put("external entity (http)", "<!DOCTYPE r [<!ENTITY x SYSTEM \"" + trap
                + "/x\">]><r><Status>&x;</Status></r>");
        attacks.put("external DTD", "<!DOCTYPE r SYSTEM \"" + trap + "/evil.dtd\">"
                + "<r><Status>CRSUC</Status></r>");
        attacks.put("parameter entity", "<!DOCTYPE r [<!ENTITY % p SYSTEM \"" + trap
                + "/p.dtd\"> %p;]><r><Status>CRSUC</Status></r>");
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [")
                .append("<!ENTITY lol0 \"lol\">");
        for (int level = 1; level <= 9; level++) {
            laughs.append("<!ENTITY lol").append(level).append(" \"")
                    .append(("&lol" + (level - 1) + ";").repeat(10)).append("\">");
        }
        attacks.put("billion laughs", laughs.append("]><r><Status>&lol9;</Status></r>")
                .toString());
        attacks.put("XInclude", "<r xmlns:xi=\"http://www.w3.org/2001/XInclude\"><Status>"
                + "<xi:include href=\"" + file + "\" parse=\"text\"/></Status></r>");
        attacks.put("very many elements", "<r>" + "<a/>".repeat(15_000)
                + "<Status>CRSUC</Status></r>");
        attacks.put("deep nesting", "<r>" + "<a>".repeat(7_000) + "</a>".repeat(7_000)
                + "<Status>CRSUC</Status></r>");
        return attacks;
    }

    @Test
    void oversizedBodiesAre413BeforeTheyAreReadWhole() throws IOException {
        String id = fixtures.create(fixtures.users(1) + "-0");
        String path = "/" + Api.RESOURCE + "/" + id;

        String declared = rawExchange("PUT " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + PARTNER + "\r\nAccept: application/json\r\n"
                + "Content-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n"
                + "{\"Status\":", false);
        String chunk = Integer.toHexString(8192) + "\r\n" + "x".repeat(8192) + "\r\n";
        String chunked = rawExchange("PUT " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + PARTNER + "\r\nAccept: application/json\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + chunk.repeat(9), false);

        for (String answer : List.of(declared, chunked)) {
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("\"Code\":\"PAYLOAD_TOO_LARGE\""), answer);
        }
        assertEquals("Pending", fixtures.statusOf(id));
    }

    @Test
    void aBodyCutShortOfItsLengthIs400() throws IOException {
        String id = fixtures.create(fixtures.users(1) + "-0");
        String before = fixtures.fingerprint(id);

        rawExchange("PUT /" + Api.RESOURCE + "/" + id + " HTTP/1.1\r\n"
                + "Host: localhost\r\nAuthorization: Bearer " + PARTNER + "\r\n"
                + "Accept: application/json\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100\r\n\r\n{\"Status\":\"CRSUC\"", true);

        // the client has gone, so the answer is seen in the log the server writes for it
        assertTrue(ServerLog.waitFor("HTTP 400 INVALID_BODY: The request body could not be read",
                Duration.ofSeconds(30)), "the service answered 400");
        assertEquals(before, fixtures.fingerprint(id));
    }

    /**
     * Sends the bytes on a socket of its own, closing the sending side after them if asked, and
     * returns what the server answers before the socket's timeout.
     */
    private String rawExchange(String request, boolean closeSending) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) Duration.ofSeconds(20).toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            if (closeSending) {
                socket.shutdownOutput();
            }
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[4096];
            try {
                for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                    answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                    if (answer.indexOf("\r\n\r\n") > 0 && answer.indexOf("}") > 0) {
                        break;
                    }
                }
            } catch (SocketTimeoutException e) {
                // the server keeps the connection open: what it sent so far is the answer
            }
            return answer.toString();
        }
    }

    @Test
    void overlongQueryStringsAndHeadersGetACleanClientError() throws IOException {
        String oversized = "x".repeat(20_000);
        String head = "Host: localhost\r\nAuthorization: Bearer " + ADMIN + "\r\n"
                + "Accept: application/json\r\n";
        String path = "/" + Api.RESOURCE;
        List<String> answers = List.of(
                rawExchange("GET " + path + "?note=" + oversized + " HTTP/1.1\r\n" + head
                        + "\r\n", false),
                rawExchange("GET " + path + " HTTP/1.1\r\n" + head + "X-Padding: " + oversized
                        + "\r\n\r\n", false),
                rawExchange("GET " + path + " HTTP/1.1\r\n" + head
                        + "X-Header: value\r\n".repeat(300) + "\r\n", false));

        for (String answer : answers) {
            assertTrue(answer.matches("(?s)HTTP/1\\.1 4\\d\\d .*"), answer);
            assertFalse(answer.toLowerCase().contains("<html"), answer);
        }
        HttpResponse<String> within = api.resource("?status=Pending&note=" + "x".repeat(5_000))
                .token(ADMIN).accept(Api.JSON).get();
        assertEquals(200, within.statusCode(), "unknown parameters within the limits are ignored");
    }

    @Test
    void oddQueryParametersAreDefined400sNamingTheParameter() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("limit=%D9%A3", "limit");
        cases.put("limit=%EF%BC%95", "limit");
        cases.put("limit=5&limit=6", "limit");
        cases.put("limit=", "limit");
        cases.put("limit=+5", "limit");
        cases.put("limit=0x5", "limit");
        cases.put("limit=5%20", "limit");
        cases.put("limit=-0", "limit");
        cases.put("status=Pending&status=Failed", "status");
        cases.put("status=", "status");
        cases.put("status=Pend%00ing", "status");
        cases.put("status=%FF%FE", "status");
        cases.put("offset=", "offset");
        cases.put("offset=" + "A".repeat(300), "offset");
        cases.put("offset=a&offset=b", "offset");

        cases.forEach((query, parameter) -> assertError(api.resource("?" + query).token(ADMIN)
                .accept(Api.JSON).get(), 400, "INVALID_PARAMETER", parameter));
        for (String query : List.of("user=", "user=%20", "user=a&user=b")) {
            assertError(api.resource("?" + query).token(ADMIN).accept(Api.JSON).post(), 400,
                    "INVALID_PARAMETER", "user");
        }
        assertError(api.resource("?user=" + "u".repeat(300)).token(ADMIN).accept(Api.JSON)
                .post(), 400, "INVALID_PARAMETER", "256");
    }

    @Test
    void malformedBodiesAre400NamingTheProblemAndChangeNothing() {
        String id = fixtures.create(fixtures.users(1) + "-0");
        String before = fixtures.fingerprint(id);
        byte[] latin1 = "{\"Status\":\"CRRET\",\"Note\":\"caf\u00e9\"}"
                .getBytes(StandardCharsets.ISO_8859_1);
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("duplicate keys", new String[] {"{\"Status\":\"CRRET\",\"Status\":\"CRSUC\"}",
            "more than once"});
        cases.put("duplicate keys in two cases", new String[] {
            "{\"status\":\"CRRET\",\"STATUS\":\"CRRET\"}", "more than once"});
        cases.put("deep nesting", new String[] {"{\"Status\":\"CRRET\",\"x\":"
                + "[".repeat(10_000) + "]".repeat(10_000) + "}", "deeper than"});
        cases.put("number", new String[] {"{\"Status\":5}", "Status must be a string"});
        cases.put("array", new String[] {"{\"Status\":[\"CRSUC\"]}", "Status must be a string"});
        cases.put("object", new String[] {"{\"Status\":{\"Code\":\"CRSUC\"}}",
            "Status must be a string"});
        cases.put("boolean", new String[] {"{\"Status\":true}", "Status must be a string"});
        cases.put("top-level array", new String[] {"[{\"Status\":\"CRSUC\"}]", "JSON object"});
        cases.put("two values", new String[] {"{\"Status\":\"CRRET\"}{}", "not valid JSON"});
        cases.put("no Status", new String[] {"{\"Other\":\"CRSUC\"}", "Status is required"});
        cases.put("XML twice", new String[] {"<r><Status>CRRET</Status><Status>CRSUC</Status>"
                + "</r>", "more than once"});

        cases.forEach((name, body) -> {
            String type = body[0].startsWith("<") ? Api.XML : Api.JSON;
            assertError(api.resource("/" + id).token(PARTNER).accept(Api.JSON).put(type, body[0]),
                    400, "INVALID_BODY", body[1]);
        });
        assertError(api.resource("/" + id).token(PARTNER).accept(Api.JSON)
                .putBytes(Api.JSON, latin1), 400, "INVALID_BODY", "UTF-8");
        assertError(api.resource("/" + id).token(PARTNER).accept(Api.JSON)
                .putBytes(null, new byte[0]), 400, "INVALID_BODY", "empty");
        assertError(api.resource("/" + id).token(PARTNER).accept(Api.JSON)
                .putBytes(null, "{\"Status\":\"CRRET\"}".getBytes(StandardCharsets.UTF_8)),
                415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type");
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/octet-stream", "text/html")) {
            assertError(api.resource("/" + id).token(PARTNER).accept(Api.JSON)
                    .put(type, "Status=CRSUC"), 415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type");
        }
        assertEquals(before, fixtures.fingerprint(id), "nothing changed");
    }

    @Test
    void unparsableMediaTypeHeadersAre400NamingTheHeader() {
        String id = fixtures.create(fixtures.users(1) + "-0");

        for (String type : List.of("application/xml;q=abc", "application/json;q=2")) {
            assertError(api.resource("/" + id).token(ADMIN).header("Content-Type", type)
                    .accept(Api.JSON).get(), 400, "INVALID_HEADER", "Content-Type");
        }
        for (String type : List.of("/", "application/json;charset", "a/b/c")) {
            // Jersey itself refuses these before any filter runs, with the API's generic 400
            assertError(api.resource("/" + id).token(ADMIN).header("Content-Type", type)
                    .accept(Api.JSON).get(), 400, "BAD_REQUEST", "");
        }
        for (String accept : List.of("application/json;q=abc", "application/json;q=1.5, */*")) {
            HttpResponse<String> response = api.resource("/" + id).token(ADMIN)
                    .header("Accept", accept).get();
            assertEquals(400, response.statusCode(), accept + ": " + response.body());
            assertTrue(response.body().contains("INVALID_HEADER"), response.body());
        }
        assertEquals("Pending", fixtures.statusOf(id));
    }

    @Test
    void wrongMethodsAre405WithAllow() {
        String id = fixtures.create(fixtures.users(1) + "-0");
        Map<HttpResponse<String>, String> answers = new LinkedHashMap<>();
        answers.put(api.resource("/" + id).token(PARTNER).accept(Api.JSON).method("PATCH"),
                "PUT");
        answers.put(api.resource("/" + id).token(ADMIN).accept(Api.JSON).post(), "DELETE");
        answers.put(api.resource("").token(ADMIN).accept(Api.JSON).delete(), "POST");
        answers.put(api.resource("").token(PARTNER).accept(Api.JSON)
                .put(Api.JSON, "{\"Status\":\"CRSUC\"}"), "GET");

        answers.forEach((response, allowed) -> {
            assertError(response, 405, "METHOD_NOT_ALLOWED", "Allow");
            assertTrue(response.headers().firstValue("Allow").orElse("").contains(allowed),
                    response.headers().map().toString());
        });
        assertEquals("Pending", fixtures.statusOf(id));
    }

    @Test
    void unknownPathsAre404InTheApiFormatAndNothingInternalIsServed() {
        for (String path : List.of("api", "api/", "api/nothing", Api.RESOURCE + "/a/b",
                "api/v2.0/common/connectionrequests", "api/v3.0/common", "api/test-supports")) {
            assertError(api.call(path).token(ADMIN).accept(Api.JSON).get(), 404, "NOT_FOUND", "");
            HttpResponse<String> xml = api.call(path).token(ADMIN).accept(Api.XML).get();
            assertEquals(404, xml.statusCode(), path);
            assertTrue(xml.body().contains("<Code>NOT_FOUND</Code>"), path + ": " + xml.body());
        }
        for (String method : List.of("PATCH", "PROPFIND", "FOO")) {
            HttpResponse<String> outside = api.call("api/..").token(ADMIN).accept(Api.JSON)
                    .method(method);
            assertError(outside, 404, "NOT_FOUND", "");
        }
        for (String directory : List.of("WEB-INF", "api/../META-INF")) {
            // Payara redirects to the directory with a slash before the application sees the
            // request; what it redirects to is a 404 like any other path
            HttpResponse<String> redirect = api.call(directory).accept(Api.JSON).get();
            String location = redirect.headers().firstValue("Location").orElse("");
            assertEquals(301, redirect.statusCode(), directory);
            assertError(api.call(URI.create(location).getRawPath().substring(1))
                    .accept(Api.JSON).get(), 404, "NOT_FOUND", "");
        }
        for (String path : List.of("WEB-INF/web.xml", "api/../WEB-INF/web.xml",
                "api/%2e%2e/WEB-INF/web.xml", "META-INF/MANIFEST.MF",
                "WEB-INF/classes/META-INF/microprofile-config.properties")) {
            HttpResponse<String> response = api.call(path).accept(Api.JSON).get();
            assertTrue(response.statusCode() == 404 || response.statusCode() == 400,
                    path + ": " + response.statusCode());
            assertFalse(response.body().contains("web-app")
                    || response.body().contains("supplier-id")
                    || response.body().contains("Manifest")
                    || response.body().toLowerCase().contains("<html"),
                    path + ": " + response.body());
        }
    }
}
