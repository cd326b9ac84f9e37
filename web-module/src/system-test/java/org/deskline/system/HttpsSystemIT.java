package org.deskline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/**
 * HTTPS as docs/security.md tells operators to run it (issue 15): the black-box server was started with
 * {@code --sslport}/{@code --sslcert} and a keystore given by {@code javax.net.ssl.keyStore}; a customer system that
 * trusts that certificate calls SOAP over TLS. Its plain HTTP listener is on every interface, so its log carries
 * the start-up warning about credentials in clear text.
 */
class HttpsSystemIT {

    private static final String HTTPS = System.getProperty("desk.https.url", "https://localhost:18443");
    private static final Path SERVER = Path.of(System.getProperty("desk.blackbox.dir", "target/it/blackbox"));

    private static HttpClient trusting() throws Exception {
        char[] password = Files.readString(SERVER.resolve("tls/password")).toCharArray();
        KeyStore keystore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(SERVER.resolve("tls/keystore.p12"))) {
            keystore.load(in, password);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(keystore);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(tls).build();
    }

    @Test
    void a_customer_system_calls_soap_over_https() throws Exception {
        HttpClient client = trusting();
        HttpResponse<String> wsdl = client.send(HttpRequest.newBuilder(URI.create(HTTPS + "/ws/tickets?wsdl")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wsdl.statusCode()).isEqualTo(200);
        // a client generated from this WSDL posts over TLS too
        assertThat(wsdl.body()).contains("location=\"" + HTTPS + "/ws/tickets\"");

        String getPlan = Soap.envelope("<t:getPlan/>");
        Soap.Response plan = Soap.post(client, HTTPS + "/ws/tickets", getPlan, Soap.DEMO_CLIENT, Soap.DEMO_SECRET);
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        assertThat(Soap.element(plan.body(), "name")).isEqualTo("Enterprise");
        assertThat(Soap.post(client, HTTPS + "/ws/tickets", getPlan, Soap.DEMO_CLIENT, "wrong").status())
                .isEqualTo(401);
    }

    /** Issue 16: a session begun over HTTPS gets a cookie the browser never sends over plain HTTP. */
    @Test
    void the_session_cookie_is_secure_over_https() throws Exception {
        HttpResponse<String> login = trusting().send(HttpRequest.newBuilder(URI.create(HTTPS + "/login.xhtml"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly"));
    }

    @Test
    void a_client_that_does_not_trust_the_certificate_is_refused_before_any_credential_is_sent() {
        assertThatThrownBy(() -> Soap.post(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), HTTPS + "/ws/tickets",
                Soap.envelope("<t:getPlan/>"), Soap.DEMO_CLIENT, Soap.DEMO_SECRET))
                .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void plain_http_on_every_interface_is_warned_about_at_start_up() throws Exception {
        String log = Files.readString(SERVER.resolve("server.log"));
        assertThat(log).contains("Deskline is reachable over plain HTTP from other machines (http-listener 0.0.0.0:");
        assertThat(log).doesNotContain("https-listener 0.0.0.0");
    }
}
