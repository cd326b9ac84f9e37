package org.deskline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, finding 3: a SOAP request declaring 1 GB is refused with HTTP 413 at once, before its body is read; one
 * that streams 1 GB in chunks is cut off at the limit.
 */
class RequestLimitSecuritySystemIT {

    private static final Path SERVER = Path.of(System.getProperty("desk.blackbox.dir", "target/it/blackbox"));

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

    /**
     * The same gigabyte sent in chunks, without a declared length, as an inline attachment: the server stops
     * reading at the limit. Generated on the fly (nothing written on the client), the upload is cut off after about
     * DESK_REQUEST_MAX_MB, and the server's memory and disk are not left holding it.
     */
    @Test
    void a_gigabyte_sent_in_chunks_is_cut_off_at_the_limit_and_leaves_nothing_behind() throws Exception {
        URI base = URI.create(Soap.BASE);
        long pid = Long.parseLong(Files.readString(SERVER.resolve("server.pid")).trim());
        long rssBefore = rssKb(pid);
        long diskBefore = bytesUnder(SERVER.resolve("data/attachments")) + bytesUnder(SERVER.resolve("tmp"));
        String auth = Base64.getEncoder().encodeToString((Soap.DEMO_CLIENT + ":" + Soap.DEMO_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        String head = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "xmlns:t=\"https://deskline.org/ns/ticket/v1\"><soap:Body><t:addAttachment><t:ticketId>1</t:ticketId>"
                + "<t:upload><t:fileName>huge.txt</t:fileName><t:contentType>text/plain</t:contentType><t:content>";
        byte[] chunk = "QUFB".repeat(16 * 1024).getBytes(StandardCharsets.US_ASCII); // 64 KiB of base64
        long sent = 0;
        long started = System.nanoTime();
        String status = null;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /ws/tickets HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: Basic " + auth
                    + "\r\nContent-Type: text/xml; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            writeChunk(out, head.getBytes(StandardCharsets.US_ASCII));
            try {
                while (sent < (1L << 30)) {
                    writeChunk(out, chunk);
                    sent += chunk.length;
                    if (socket.getInputStream().available() > 0) {
                        break; // the server has answered
                    }
                }
            } catch (java.io.IOException closed) {
                // the server stopped reading and closed the connection
            }
            try {
                status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                        .readLine();
            } catch (java.io.IOException reset) {
                status = "reset: " + reset.getMessage();
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertThat(sent).as("bytes the server took before it stopped the upload (status %s)", status)
                .isLessThan(200L * 1024 * 1024);
        assertThat(seconds).isLessThan(120);
        if (status != null && status.startsWith("HTTP/")) {
            assertThat(status).startsWith("HTTP/1.1 413");
        }
        assertThat(bytesUnder(SERVER.resolve("data/attachments")) + bytesUnder(SERVER.resolve("tmp")) - diskBefore)
                .as("bytes left on the server's disk").isLessThan(1024 * 1024);
        assertThat(rssKb(pid) - rssBefore).as("kB the server's memory grew").isLessThan(500 * 1024);
        Soap.Response r = Soap.post(Soap.envelope("<t:getPlan/>"), Soap.DEMO_CLIENT, Soap.DEMO_SECRET);
        assertThat(r.status()).as("the server still answers").isEqualTo(200);
    }

    private static void writeChunk(OutputStream out, byte[] data) throws java.io.IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static long rssKb(long pid) throws Exception {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElseThrow();
    }

    private static long bytesUnder(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    @Test
    void an_ordinary_request_still_passes() throws Exception {
        Soap.Response r = Soap.post(Soap.envelope("<t:getPlan/>"), Soap.DEMO_CLIENT, Soap.DEMO_SECRET);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }
}
