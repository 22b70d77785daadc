package com.triplink.connections.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** A small HTTP client for the service under test. */
public final class Api {

    public static final String RESOURCE = "api/v3.0/common/connectionrequests";
    public static final String JSON = "application/json";
    public static final String XML = "application/xml";
    public static final String SCIM = "scim/v2/";
    public static final String SCIM_JSON = "application/scim+json";

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;

    public Api(URI base) {
        this.base = base;
    }

    /** A call to a path relative to the server root, or to an absolute URI. */
    public Call call(String pathOrUri) {
        URI uri = pathOrUri.startsWith("http") ? URI.create(pathOrUri) : base.resolve(pathOrUri);
        return new Call(uri);
    }

    /** A call to the SCIM service provider; {@code rest} is appended to {@code /scim/v2/}. */
    public Call scim(String rest) {
        return call(SCIM + rest);
    }

    /** A call to the connection requests resource; {@code rest} is appended to its path. */
    public Call resource(String rest) {
        return call(RESOURCE + rest);
    }

    /** One HTTP call being put together. */
    public static final class Call {

        private final HttpRequest.Builder builder;

        Call(URI uri) {
            builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        }

        public Call token(String token) {
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            return this;
        }

        public Call header(String name, String value) {
            builder.header(name, value);
            return this;
        }

        /**
         * Sends the body only after the server asks for it, as clients of large bodies do; over
         * HTTP/1.1, where {@code Expect: 100-continue} is defined.
         */
        public Call expectContinue() {
            builder.expectContinue(true).version(HttpClient.Version.HTTP_1_1);
            return this;
        }

        public Call accept(String type) {
            return header("Accept", type);
        }

        public HttpResponse<String> get() {
            return send(builder.GET());
        }

        public HttpResponse<String> delete() {
            return send(builder.DELETE());
        }

        public HttpResponse<String> post() {
            return send(builder.POST(HttpRequest.BodyPublishers.noBody()));
        }

        public HttpResponse<String> put(String contentType, String body) {
            if (contentType != null) {
                builder.header("Content-Type", contentType);
            }
            return send(builder.PUT(HttpRequest.BodyPublishers.ofString(body)));
        }

        /** A PUT of raw bytes; no Content-Type header when {@code contentType} is null. */
        public HttpResponse<String> putBytes(String contentType, byte[] body) {
            if (contentType != null) {
                builder.header("Content-Type", contentType);
            }
            return send(builder.PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
        }

        /** Any method with a body of this type; no Content-Type when {@code type} is null. */
        public HttpResponse<String> send(String method, String type, String body) {
            if (type != null) {
                builder.header("Content-Type", type);
            }
            return send(builder.method(method, HttpRequest.BodyPublishers.ofString(body)));
        }

        /** Any method with a body of raw bytes of this type. */
        public HttpResponse<String> sendBytes(String method, String type, byte[] body) {
            builder.header("Content-Type", type);
            return send(builder.method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
        }

        public HttpResponse<String> method(String method) {
            return send(builder.method(method, HttpRequest.BodyPublishers.noBody()));
        }

        private static HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The body as a JSON object. */
    public static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** The body as an XML document. */
    public static Document xml(HttpResponse<String> response) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                    response.body().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("Not XML: " + response.body(), e);
        }
    }
}
