package org.deskline.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.deskline.client.ticket.NewTicket;
import org.deskline.client.ticket.TicketPortType;
import org.deskline.testsupport.AlertSchema;
import org.junit.jupiter.api.Test;

/**
 * The alert contract from outside: the server serves the published JSON Schema, and every alert type a customer's
 * actions and the SLA clocks raise reaches a broker consumer as a document that follows it, with message
 * properties that agree with the body. (AUTO_CLOSED needs an agent's reply and 48 h; AlertSchemaTest covers it.)
 */
class AlertContractSystemIT {

    private static final String BROKER = System.getProperty("desk.broker.url", "tcp://127.0.0.1:18616");

    enum Expected { TICKET_CREATED, EMERGENCY_OPENED, LOW_RATING, QUALITY_REVIEW_REQUESTED, SLA_WARNING,
        SLA_BREACHED, ESCALATED }

    @Test
    void s6_every_alert_follows_the_served_schema_and_its_properties_match_the_body() throws Exception {
        HttpResponse<String> served = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                URI.create(Soap.BASE + "/schemas/alert-1.schema.json")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(served.statusCode()).isEqualTo(200);
        Path published = Path.of(System.getProperty("desk.repository", "../"),
                "web-module/src/main/webapp/schemas/alert-1.schema.json");
        assertThat(served.body()).isEqualTo(Files.readString(published));
        AlertSchema schema = AlertSchema.of(served.body());

        try (Connection connection = new ActiveMQConnectionFactory(BROKER).createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createTopic("deskline.alerts"));
            connection.start();

            TicketPortType demo = Soap.tickets(Soap.DEMO_CLIENT, Soap.DEMO_SECRET);
            String tag = " " + System.nanoTime();
            NewTicket emergency = TicketServiceSystemIT.newTicket("DEMO-SHOP", "Contract emergency" + tag);
            emergency.setEmergency(true);
            demo.createTicket(emergency);
            long rated = demo.createTicket(TicketServiceSystemIT.newTicket("DEMO-SHOP", "Contract rating" + tag))
                    .getTicketId();
            demo.closeTicket(rated);
            demo.rateTicket(rated, 1, "Nobody answered");
            long reviewed = demo.createTicket(TicketServiceSystemIT.newTicket("DEMO-SHOP", "Contract review" + tag))
                    .getTicketId();
            demo.requestQualityReview(reviewed, "Please check");
            // the stopwatch plan: warning at 9 s, breach at 12 s, L1 reaction missed at 30 s escalates to L2
            Soap.tickets(SlaSystemIT.QS_CLIENT, SlaSystemIT.QS_SECRET)
                    .createTicket(TicketServiceSystemIT.newTicket("QS-LAB", "Contract stopwatch" + tag));

            Set<Expected> seen = EnumSet.noneOf(Expected.class);
            Map<String, java.util.List<String>> violations = new TreeMap<>();
            long deadline = System.currentTimeMillis() + 60_000;
            while (seen.size() < Expected.values().length && System.currentTimeMillis() < deadline) {
                Message m = consumer.receive(1_000);
                if (!(m instanceof TextMessage text)) {
                    continue;
                }
                JsonObject alert = Json.createReader(new StringReader(text.getText())).readObject();
                java.util.List<String> problems = schema.violations(text.getText());
                if (!problems.isEmpty()) {
                    violations.put(alert.getString("type", "?") + " " + alert.getString("alertId", "?"), problems);
                }
                assertThat(text.getStringProperty("alertId")).isEqualTo(alert.getString("alertId"));
                assertThat(text.getStringProperty("_AMQ_DUPL_ID")).isEqualTo(alert.getString("alertId"));
                assertThat(text.getStringProperty("alertType")).isEqualTo(alert.getString("type"));
                assertThat(text.getStringProperty("severity")).isEqualTo(alert.getString("severity"));
                assertThat(text.getLongProperty("organizationId"))
                        .isEqualTo(alert.getJsonObject("organization").getJsonNumber("id").longValue());
                if (!alert.containsKey("ticket")) {
                    assertThat(text.propertyExists("ticketId")).as("an alert without a ticket").isFalse();
                    continue;
                }
                assertThat(text.getLongProperty("ticketId")).isEqualTo(AlertJson.ticketId(alert));
                if (alert.getJsonObject("ticket").getString("title").endsWith(tag)) {
                    seen.add(Expected.valueOf(alert.getString("type")));
                }
            }
            assertThat(violations).as("documents that break the schema").isEmpty();
            assertThat(seen).containsExactlyInAnyOrder(Expected.values());
        }
    }
}
