package org.deskline.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A SOAP call to the ticket service as the demo ERP client (erp-demo), for the checks that scripts run by hand
 * (config/cluster/RollingUpgradeCheck, config/backup/RestoreDrillCheck; bench/stack.sh puts this class on their path).
 */
public final class ErpSoap {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ErpSoap() {
    }

    /** {@code body} (a ticket-service operation element) sent to {@code base}/ws/tickets; the body of the 200 answer. */
    public static String call(String base, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/ws/tickets"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "text/xml; charset=utf-8")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("erp-demo:erp-demo-secret"
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/"
                        + "soap/envelope/\" xmlns:t=\"https://deskline.org/ns/ticket/v1\"><soap:Body>" + body
                        + "</soap:Body></soap:Envelope>")).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(base + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}
