package com.triplink.connections.errors.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.IOException;

/**
 * Answers errors that the container raises before JAX-RS sees the request (a token rejected by
 * the JWT mechanism, a path outside the API) with the API's error body instead of an HTML page,
 * or SCIM's error body for a path under {@code /scim}.
 * {@code web.xml} routes the error statuses here. It is also the default servlet of the WAR,
 * which serves no files: any path outside the API is a 404, whatever the method. (Payara itself
 * still redirects {@code /WEB-INF} and {@code /META-INF} to the path with a slash, a 404 here.)
 */
@WebServlet(urlPatterns = {ErrorPageServlet.PATH, "/"})
public class ErrorPageServlet extends HttpServlet {

    static final String PATH = "/error-page";
    private static final String SCIM = "/scim";
    private static final long serialVersionUID = 1L;

    private transient JAXBContext xml;
    private transient Jsonb json;

    @Override
    public void init() {
        try {
            xml = JAXBContext.newInstance(ApiError.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("Cannot bind the error body to XML", e);
        }
        json = JsonbBuilder.create();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 404;
        Failure failure = status >= 500
                ? Failures.internal(status,
                        (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))
                : Failure.ofStatus(status);
        Response answer = isScim(request) ? ErrorResponses.scim(failure)
                : ErrorResponses.api(failure, request.getHeader(HttpHeaders.ACCEPT));
        write(answer, response);
    }

    /** Whether the request that failed was one to the SCIM service provider. */
    private static boolean isScim(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri ? uri : request.getRequestURI();
        return path.equals(SCIM) || path.startsWith(SCIM + "/");
    }

    private void write(Response answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.getStatus());
        answer.getStringHeaders().forEach((name, values) ->
                values.forEach(value -> response.setHeader(name, value)));
        if (answer.getEntity() instanceof byte[] bytes) {
            response.setContentType(answer.getMediaType().toString());
            response.getOutputStream().write(bytes);
            return;
        }
        MediaType type = answer.getMediaType();
        response.setContentType(type.toString());
        response.setCharacterEncoding("UTF-8");
        if (MediaType.APPLICATION_JSON_TYPE.equals(type)) {
            json.toJson(answer.getEntity(), response.getWriter());
            return;
        }
        try {
            Marshaller marshaller = xml.createMarshaller();
            marshaller.marshal(answer.getEntity(), response.getWriter());
        } catch (JAXBException e) {
            throw new IOException("Cannot write the error body", e);
        }
    }
}
