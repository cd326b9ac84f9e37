package org.deskline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, finding 3 (first part): a SOAP request declaring 1 GB is refused with HTTP 413 at once, before its
 * body is read; the client sends only a few bytes of it (nothing is generated or stored).
 */
class RequestLimitSecuritySystemIT {

    @Test
    void a_request_declaring_a_gigabyte_is_refused_before_its_body_is_read() throws Exception {
        URI base = URI.create(Soap.BASE);
        String auth = Base64.getEncoder().encodeToString((Soap.DEMO_CLIENT + ":" + Soap.DEMO_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        long started = System.nanoTime();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /ws/tickets HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: Basic " + auth
                    + "\r\nContent-Type: text/xml; charset=utf-8\r\nContent-Length: " + (1L << 30) + "\r\n\r\n"
                    + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertThat(status).startsWith("HTTP/1.1 413");
        }
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds to the refusal").isLessThan(10_000);
    }

    @Test
    void an_ordinary_request_still_passes() throws Exception {
        Soap.Response r = Soap.post(Soap.envelope("<t:getPlan/>"), Soap.DEMO_CLIENT, Soap.DEMO_SECRET);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }
}
