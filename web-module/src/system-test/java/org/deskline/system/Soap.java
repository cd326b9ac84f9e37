package org.deskline.system;

import jakarta.xml.ws.BindingProvider;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.deskline.client.ticket.TicketPortType;
import org.deskline.client.ticket.TicketService;

/** Customer-system clients of the running server: the wsimport-generated one, and raw HTTP for malformed XML. */
final class Soap {

    static final String BASE = System.getProperty("desk.url", "http://localhost:18080");
    static final String DEMO_CLIENT = "erp-demo";
    static final String DEMO_SECRET = "erp-demo-secret";
    static final String OTHER_CLIENT = "erp-northwind";
    static final String OTHER_SECRET = "erp-northwind-secret";

    private Soap() {
    }

    /** A SOAP call a test expects to fail. */
    interface Call {
        void run() throws Exception;
    }

    /**
     * The detail of the deskFault a call fails with. Each generated client (ticket, billing, backup) has its own
     * DeskFault class, so the fault is recognised by its {@code getFaultInfo()} returning {@code infoType}.
     */
    static <T> T fault(Class<T> infoType, Call call) {
        try {
            call.run();
        } catch (Exception e) {
            try {
                Object info = e.getClass().getMethod("getFaultInfo").invoke(e);
                if (infoType.isInstance(info)) {
                    return infoType.cast(info);
                }
            } catch (ReflectiveOperationException notAFault) {
                // fall through: not a deskFault
            }
            throw new AssertionError("expected a deskFault, got " + e, e);
        }
        throw new AssertionError("expected a deskFault, the call succeeded");
    }

    /** A generated client's port, pointed at {@code path} of {@code base} and signed in as an API client. */
    static <T> T signedIn(T port, String base, String path, String user, String secret) {
        BindingProvider bp = (BindingProvider) port;
        bp.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, base + path);
        bp.getRequestContext().put(BindingProvider.USERNAME_PROPERTY, user);
        bp.getRequestContext().put(BindingProvider.PASSWORD_PROPERTY, secret);
        return port;
    }

    static TicketPortType tickets(String user, String secret) {
        return tickets(BASE, user, secret);
    }

    /** A generated client whose WSDL is read from the live server at {@code base}. */
    static TicketPortType tickets(String base, String user, String secret) {
        try {
            return signedIn(new TicketService(new URL(base + "/ws/tickets?wsdl")).getTicketPort(), base, "/ws/tickets",
                    user, secret);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    record Response(int status, String body) {
    }

    /** Posts an envelope as it is, the way curl does. */
    static Response post(String envelope, String user, String secret) throws Exception {
        return post(http(), BASE + "/ws/tickets", envelope, user, secret);
    }

    /**
     * A plain HTTP/1.1 client, as SOAP stacks speak. The JDK's default asks every new connection to upgrade to
     * HTTP/2 (h2c); Grizzly's answer to that upgrade on a POST with a body is not reliable
     * (eclipse-ee4j/glassfish-grizzly#2192), and no ERP client sends it.
     */
    static HttpClient http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Posts an envelope as it is to {@code url} with {@code client} (another service, HTTPS). */
    static Response post(HttpClient client, String url, String envelope, String user, String secret)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(envelope))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }

    static String envelope(String body) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "xmlns:t=\"https://deskline.org/ns/ticket/v1\"><soap:Body>" + body + "</soap:Body></soap:Envelope>";
    }

    /** The text of the first element with this local name, or null. */
    static String element(String xml, String localName) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("<(?:\\w+:)?" + localName + ">([^<]*)</(?:\\w+:)?" + localName + ">").matcher(xml);
        return m.find() ? m.group(1) : null;
    }
}
