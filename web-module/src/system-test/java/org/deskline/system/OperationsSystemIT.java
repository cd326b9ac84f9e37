package org.deskline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.deskline.client.ticket.TicketPortType;
import org.junit.jupiter.api.Test;

/**
 * Issue 22 against the black-box server: readiness (database and its migration, broker, outbox, SLA scheduler,
 * disk) and liveness answer without signing in, as balancers and supervisors ask, and say nothing secret; metrics
 * want their bearer token and count what was done. The broker going away and coming back is
 * {@code ExternalBrokerSystemIT}'s; the takeover of a killed server's alerts is {@code TwoServersSystemIT}'s.
 */
class OperationsSystemIT {

    @Test
    void readiness_and_liveness_name_their_checks_and_say_nothing_secret() throws Exception {
        HealthProbe.Answer ready = HealthProbe.waitForUp(Soap.BASE, 60);
        assertThat(ready.http()).as(ready.body().toString()).isEqualTo(200);
        assertThat(ready.status()).isEqualTo("UP");
        assertThat(ready.checks()).containsEntry("database", "UP").containsEntry("broker", "UP")
                .containsEntry("alert-outbox", "UP").containsEntry("sla-scheduler", "UP")
                .containsEntry("data-disk", "UP");
        // issue 22: the relay of this one server beats (its claims hold only while it does)
        assertThat(ready.body().getJsonArray("checks").getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("alert-outbox"))
                .map(c -> c.getJsonObject("data").get("relays").toString().replace("\"", ""))).containsExactly("1");
        String body = ready.body().toString();
        assertThat(body).contains("\"schema\"").doesNotContainIgnoringCase("password")
                .doesNotContainIgnoringCase("secret").doesNotContain("jdbc:");
        HealthProbe.Answer live = HealthProbe.live(Soap.BASE);
        assertThat(live.http()).as("%s%n%s", live.body(), deadlockReport()).isEqualTo(200);
        assertThat(live.checks()).containsEntry("deadlocks", "UP");
    }

    @Test
    void issue22_metrics_want_the_token_and_count_calls_faults_tickets_alerts_and_sign_ins() throws Exception {
        assertThat(MetricsScrape.get(Soap.BASE, null).statusCode()).as("no token").isEqualTo(401);
        assertThat(MetricsScrape.get(Soap.BASE, "Bearer not-the-token-of-this-server-at-all").statusCode())
                .as("a wrong token").isEqualTo(401);
        assertThat(MetricsScrape.get(Soap.BASE, "Basic " + java.util.Base64.getEncoder().encodeToString(
                (Soap.DEMO_CLIENT + ":" + Soap.DEMO_SECRET).getBytes(StandardCharsets.UTF_8))).statusCode())
                .as("an API client's password is not the metrics token").isEqualTo(401);

        String token = org.deskline.testsupport.ServerProcess.METRICS_TOKEN;
        MetricsScrape before = MetricsScrape.read(Soap.BASE, token);
        TicketPortType client = Soap.tickets(Soap.DEMO_CLIENT, Soap.DEMO_SECRET);
        long id = client.createTicket(TicketServiceSystemIT.newTicket("DEMO-SHOP", "Counted " + System.nanoTime()))
                .getTicketId();
        assertThat(TicketServiceSystemIT.fault(() -> client.getTicket(id + 50_000_000L)).getCode())
                .isEqualTo("NOT_FOUND");
        client.getTicket(id);

        // the relay sends the TICKET_CREATED alert after the commit; the scrape after it sees all of it
        MetricsScrape after = MetricsScrape.read(Soap.BASE, token);
        for (int i = 0; i < 40 && after.value(SENT, Map.of()) <= before.value(SENT, Map.of()); i++) {
            Thread.sleep(250);
            after = MetricsScrape.read(Soap.BASE, token);
        }
        assertThat(delta(before, after, REQUESTS, Map.of("operation", "createTicket", "outcome", "ok"))).isEqualTo(1);
        assertThat(delta(before, after, REQUESTS, Map.of("operation", "getTicket", "outcome", "NOT_FOUND")))
                .as("a fault is counted by its code").isEqualTo(1);
        assertThat(delta(before, after, REQUESTS, Map.of("operation", "getTicket", "outcome", "ok"))).isEqualTo(1);
        assertThat(after.value(REQUESTS_SUM, Map.of("operation", "createTicket"))).isPositive();
        assertThat(delta(before, after, "deskline_tickets_created_total", Map.of("channel", "SOAP"))).isEqualTo(1);
        assertThat(delta(before, after, "deskline_alerts_recorded_total", Map.of("type", "TICKET_CREATED")))
                .isEqualTo(1);
        assertThat(delta(before, after, SENT, Map.of())).isGreaterThanOrEqualTo(1);
        assertThat(delta(before, after, "deskline_signins_total", Map.of("channel", "soap", "outcome", "accepted")))
                .isGreaterThanOrEqualTo(3);
        assertThat(after.value("deskline_alert_relays", Map.of())).isEqualTo(1);
        assertThat(after.value("deskline_alerts_parked", Map.of())).isZero();
        assertThat(after.has("deskline_alerts_pending")).isTrue();
        assertThat(after.has("deskline_alerts_oldest_pending_seconds")).isTrue();
        assertThat(after.has("deskline_sla_scheduler_lag_seconds")).isTrue();
        // the application's database pool: its maximum as SchemaMigration defines it, and at least its steady size
        assertThat(after.value("deskline_db_pool_max", Map.of())).isEqualTo(32);
        assertThat(after.value("deskline_db_pool_connections", Map.of("state", "used"))
                + after.value("deskline_db_pool_connections", Map.of("state", "idle"))).isGreaterThanOrEqualTo(2);
        assertThat(after.text()).doesNotContain(Soap.DEMO_SECRET).doesNotContain("jdbc:");
    }

    @Test
    void issue22_each_request_gets_one_log_line_with_its_correlation_id_and_nothing_secret() throws Exception {
        String envelope = Soap.envelope("<t:getPlan/>");
        java.net.http.HttpResponse<String> mine = post(envelope, "erp-4711.order_9");
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.headers().firstValue("X-Request-Id")).as("the caller's id is kept").hasValue("erp-4711.order_9");
        java.net.http.HttpResponse<String> odd = post(envelope, "<script>" + "x".repeat(80));
        String made = odd.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(made).as("an id that is not one is replaced").matches("[0-9a-f-]{36}");

        Path log = Path.of(System.getProperty("desk.blackbox.dir", "target/it/blackbox"), "server.log");
        String line = awaitLogLine(log, "id=erp-4711.order_9 ");
        assertThat(line).contains("POST /ws/tickets op=getPlan outcome=ok status=200")
                .contains("user=" + Soap.DEMO_CLIENT)
                .containsPattern("ms=\\d+\\.\\d").doesNotContain(Soap.DEMO_SECRET).doesNotContain("Basic ");
        assertThat(awaitLogLine(log, "id=" + made + " ")).contains("op=getPlan");
    }

    private static java.net.http.HttpResponse<String> post(String envelope, String requestId) throws Exception {
        return Soap.http().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Soap.BASE + "/ws/tickets"))
                .header("Content-Type", "text/xml; charset=utf-8").header("X-Request-Id", requestId)
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (Soap.DEMO_CLIENT + ":" + Soap.DEMO_SECRET).getBytes(StandardCharsets.UTF_8)))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(envelope)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    /** The server log's line holding {@code text} (the log is written right after the answer; waits up to 10 s). */
    private static String awaitLogLine(Path log, String text) throws Exception {
        for (int i = 0; i < 50; i++) {
            java.util.Optional<String> line = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains(text)).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no line with " + text + " in " + log);
    }

    private static final String REQUESTS = "deskline_soap_requests_microseconds_count";
    private static final String REQUESTS_SUM = "deskline_soap_requests_microseconds_sum";
    private static final String SENT = "deskline_alerts_sent_total";

    private static double delta(MetricsScrape before, MetricsScrape after, String name, Map<String, String> labels) {
        return after.value(name, labels) - before.value(name, labels);
    }

    /**
     * Issue 22: a client that asks to upgrade plain HTTP to h2c (Java's HttpClient by default) is answered in
     * HTTP/1.1 at once, WSDL and SOAP calls alike, on one client one call after another. Grizzly's h2c deadlocked
     * worker threads of this server (config/payara/http2-off.asadmin turns it off); without UpgradeGuard such a call
     * waited 30-60 s for a 500.
     */
    @Test
    void issue22_clients_asking_for_h2c_get_http_1_1_at_once() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_2).build();
        for (int i = 0; i < 3; i++) {
            java.net.http.HttpResponse<String> wsdl = client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(Soap.BASE + "/ws/tickets?wsdl")).timeout(java.time.Duration.ofSeconds(10))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(wsdl.statusCode()).isEqualTo(200);
            assertThat(wsdl.version()).isEqualTo(java.net.http.HttpClient.Version.HTTP_1_1);
            assertThat(wsdl.body()).contains("<definitions ");
            java.net.http.HttpResponse<String> plan = client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(Soap.BASE + "/ws/tickets")).timeout(java.time.Duration.ofSeconds(10))
                    .header("Content-Type", "text/xml; charset=utf-8")
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (Soap.DEMO_CLIENT + ":" + Soap.DEMO_SECRET).getBytes(StandardCharsets.UTF_8)))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Soap.envelope("<t:getPlan/>"))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
            assertThat(Soap.element(plan.body(), "name")).isEqualTo("Enterprise");
        }
    }

    /** What the server logged of a deadlock (DeadlockLiveness), so that a failure here shows its threads. */
    private static String deadlockReport() throws Exception {
        Path log = Path.of(System.getProperty("desk.blackbox.dir", "target/it/blackbox"), "server.log");
        if (!Files.exists(log)) {
            return "(no server log at " + log + ")";
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        int at = text.lastIndexOf("Liveness DOWN:");
        return at < 0 ? "(the server log reports no deadlock)" : text.substring(at, Math.min(text.length(), at + 12_000));
    }
}
