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
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQTopic;
import org.deskline.client.ticket.Ticket;
import org.deskline.client.ticket.TicketPortType;
import org.deskline.testsupport.ServerProcess;
import org.junit.jupiter.api.Test;

/**
 * Nothing committed is lost when the server dies without warning: a ticket acknowledged over SOAP is still
 * there after kill -9 and a restart on the same data directory (embedded H2 with WRITE_DELAY=0); an SLA deadline
 * that passed while the server was down is alerted once at start-up, into a partner's durable subscription.
 */
class CrashRecoverySystemIT {

    /** The embedded broker's one full-rights account (anonymous clients may not keep a durable queue). */
    private static final Map<String, String> PEER = Map.of("DESK_BROKER_USER", "crash-peer",
            "DESK_BROKER_PASSWORD", "crash-peer-secret");

    private static Connection partner(String brokerUrl) throws Exception {
        Connection connection = new ActiveMQConnectionFactory(brokerUrl).createConnection(PEER.get("DESK_BROKER_USER"),
                PEER.get("DESK_BROKER_PASSWORD"));
        connection.setClientID("crash-partner");
        return connection;
    }

    @Test
    void a_committed_ticket_survives_kill_minus_9_and_a_deadline_passed_meanwhile_is_alerted_once() throws Exception {
        Path dir = Path.of(System.getProperty("java.io.tmpdir")).getParent().resolve("crash");
        Path microJar = Path.of(System.getProperty("payara.microJar"));
        Path war = Path.of(System.getProperty("desk.war"));
        int http = 19080;
        int broker = 19616;
        String base = "http://localhost:" + http;

        String brokerUrl = "tcp://127.0.0.1:" + broker;

        ServerProcess.deleteData(dir);
        ServerProcess first = ServerProcess.launch(dir, microJar, war, http, broker, PEER);
        long id;
        long stopwatchId;
        Instant dueAt;
        try {
            // a partner's durable subscription: the broker keeps its alerts while it (or the server) is away
            try (Connection partner = partner(brokerUrl)) {
                partner.createSession(false, Session.AUTO_ACKNOWLEDGE)
                        .createDurableSubscriber(new ActiveMQTopic("deskline.alerts"), "sla").close();
            }
            TicketPortType client = Soap.tickets(base, Soap.DEMO_CLIENT, Soap.DEMO_SECRET);
            Ticket ticket = client.createTicket(TicketServiceSystemIT.newTicket("DEMO-SHOP", "Survives a crash"));
            id = ticket.getTicketId();
            TicketPortType quickstep = Soap.tickets(base, SlaSystemIT.QS_CLIENT, SlaSystemIT.QS_SECRET);
            stopwatchId = quickstep.createTicket(TicketServiceSystemIT.newTicket("QS-LAB", "Due while down"))
                    .getTicketId();
            dueAt = SlaSystemIT.instant(SlaSystemIT.metric(quickstep.getSlaStatus(stopwatchId), "FIRST_RESPONSE")
                    .getDueAt());
        } finally {
            first.kill();
        }
        // S6: the first response falls due while no server runs
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), dueAt).toMillis() + 1_000));

        ServerProcess second = ServerProcess.launch(dir, microJar, war, http, broker, PEER);
        try {
            Ticket again = Soap.tickets(base, Soap.DEMO_CLIENT, Soap.DEMO_SECRET).getTicket(id);
            assertThat(again.getTitle()).isEqualTo("Survives a crash");

            List<String> firstResponseAlerts = new ArrayList<>();
            try (Connection partner = partner(brokerUrl)) {
                MessageConsumer consumer = partner.createSession(false, Session.AUTO_ACKNOWLEDGE)
                        .createDurableSubscriber(new ActiveMQTopic("deskline.alerts"), "sla");
                partner.start();
                // until the breach arrives (an exact wake-up, or at the latest the 30 s safety sweep), then 5 s of
                // silence to catch a second one
                long deadline = System.currentTimeMillis() + 45_000;
                while (System.currentTimeMillis() < deadline) {
                    Message m = consumer.receive(firstResponseAlerts.isEmpty() ? 1_000 : 5_000);
                    if (m == null) {
                        if (firstResponseAlerts.isEmpty()) {
                            continue;
                        }
                        break;
                    }
                    JsonObject alert = Json.createReader(new StringReader(((TextMessage) m).getText())).readObject();
                    if (AlertJson.ticketId(alert) == stopwatchId
                            && alert.containsKey("sla")
                            && alert.getJsonObject("sla").getString("metric").equals("FIRST_RESPONSE")) {
                        firstResponseAlerts.add(alert.getString("type"));
                    }
                }
            }
            // raised after start-up, once; past the deadline the warning is no news
            assertThat(firstResponseAlerts).containsExactly("SLA_BREACHED");
            assertThat(SlaSystemIT.metric(Soap.tickets(base, SlaSystemIT.QS_CLIENT, SlaSystemIT.QS_SECRET)
                    .getSlaStatus(stopwatchId), "FIRST_RESPONSE").isBreached()).isTrue();
        } finally {
            second.stop();
        }
    }
}
