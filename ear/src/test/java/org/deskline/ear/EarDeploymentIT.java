package org.deskline.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The EAR deployed on a full Payara Server 6 serves the WSDL, a SOAP operation and the console login page. */
class EarDeploymentIT {

    private static final String BASE = System.getProperty("desk.ear.url", "http://localhost:31080");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_wsdl_is_published() throws Exception {
        HttpResponse<String> r = get("/ws/tickets?wsdl");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("TicketService").contains("createTicket");
    }

    @Test
    void the_console_login_page_renders() throws Exception {
        HttpResponse<String> r = get("/login.xhtml");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Sign in");
    }

    @Test
    void a_soap_call_reaches_the_database_through_ejbs() throws Exception {
        String envelope = Files.readString(Path.of("../docs/examples/create-ticket.xml"));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(BASE + "/ws/tickets"))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("erp-demo:erp-demo-secret".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("<status>WAITING_FOR_REPLY</status>");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(BASE + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
