package org.deskline.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.deskline.client.ticket.NewTicket;
import org.deskline.client.ticket.Ticket;
import org.junit.jupiter.api.Test;

/** A partner's consumer outside the server, on the broker the server runs, receives the alert documents. */
class AlertSystemIT {

    private static final String BROKER = System.getProperty("desk.broker.url", "tcp://127.0.0.1:18616");

    /** Issue 16: the demo's anonymous broker access reads the alert topic and nothing else. */
    @Test
    void an_anonymous_client_may_read_the_alert_topic_but_never_send_keep_a_queue_or_read_a_partners()
            throws Exception {
        try (Connection connection = new ActiveMQConnectionFactory(BROKER).createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createConsumer(session.createTopic("deskline.alerts")).close(); // allowed: subscribe
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> session.createProducer(
                    session.createTopic("deskline.alerts")).send(session.createTextMessage("{\"type\":\"FAKE\"}")))
                    .as("a forged alert").isInstanceOf(jakarta.jms.JMSException.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> session.createSharedDurableConsumer(
                    session.createTopic("deskline.alerts"), "kept-" + System.nanoTime()))
                    .as("a durable queue of its own").isInstanceOf(jakarta.jms.JMSException.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> session.createConsumer(session.createQueue(
                    "deskline.alerts::partner.partner-demo")).receive(500))
                    .as("a partner's queue").isInstanceOf(jakarta.jms.JMSException.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> session.createProducer(
                    session.createQueue("somewhere.else")).send(session.createTextMessage("x")))
                    .as("any other address").isInstanceOf(jakarta.jms.JMSException.class);
        }
    }

    @Test
    void s6_ticket_created_and_emergency_opened_reach_an_external_jms_consumer() throws Exception {
        try (Connection connection = new ActiveMQConnectionFactory(BROKER).createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createTopic("deskline.alerts"));
            connection.start();

            NewTicket request = TicketServiceSystemIT.newTicket("DEMO-SHOP", "Shop is down, customers cannot pay");
            request.setEmergency(true);
            Ticket ticket = Soap.tickets(Soap.DEMO_CLIENT, Soap.DEMO_SECRET).createTicket(request);

            Map<String, JsonObject> byType = new HashMap<>();
            long deadline = System.currentTimeMillis() + 20_000;
            while (byType.size() < 2 && System.currentTimeMillis() < deadline) {
                Message m = consumer.receive(1_000);
                if (m instanceof TextMessage text) {
                    JsonObject alert = Json.createReader(new StringReader(text.getText())).readObject();
                    if (AlertJson.ticketId(alert) == ticket.getTicketId()) {
                        assertThat(text.getStringProperty("_AMQ_DUPL_ID")).isEqualTo(alert.getString("alertId"));
                        assertThat(text.getStringProperty("alertType")).isEqualTo(alert.getString("type"));
                        byType.put(alert.getString("type"), alert);
                    }
                }
            }
            assertThat(byType).containsOnlyKeys("TICKET_CREATED", "EMERGENCY_OPENED");
            JsonObject emergency = byType.get("EMERGENCY_OPENED");
            assertThat(emergency.getString("schema")).isEqualTo("deskline.alert/1");
            assertThat(emergency.getString("severity")).isEqualTo("CRITICAL");
            assertThat(emergency.getJsonObject("organization").getString("name")).isEqualTo("Demo Trading Co");
            assertThat(emergency.getJsonObject("project").getString("code")).isEqualTo("DEMO-SHOP");
            assertThat(emergency.getJsonObject("ticket").getBoolean("emergency")).isTrue();
            assertThat(byType.get("TICKET_CREATED").getString("alertId"))
                    .isNotEqualTo(emergency.getString("alertId"));
        }
    }

    @Test
    void s6_a_stomp_client_with_no_library_receives_the_alert_document() throws Exception {
        URI broker = URI.create(BROKER);
        try (Socket socket = new Socket(broker.getHost(), broker.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            send(out, "CONNECT\naccept-version:1.2\nhost:deskline\n\n");
            assertThat(readFrame(in)).startsWith("CONNECTED");
            send(out, "SUBSCRIBE\nid:1\ndestination:deskline.alerts\nsubscription-type:MULTICAST\nack:auto\n"
                    + "receipt:subscribed\n\n");
            assertThat(readFrame(in)).startsWith("RECEIPT");

            String title = "STOMP partner check " + System.nanoTime();
            Ticket ticket = Soap.tickets(Soap.DEMO_CLIENT, Soap.DEMO_SECRET)
                    .createTicket(TicketServiceSystemIT.newTicket("DEMO-SHOP", title));

            JsonObject alert = null;
            while (alert == null) {
                String frame = readFrame(in);
                assertThat(frame).startsWith("MESSAGE");
                JsonObject doc = Json.createReader(new StringReader(frame.substring(frame.indexOf("\n\n") + 2)))
                        .readObject();
                if (AlertJson.ticketId(doc) == ticket.getTicketId()) {
                    alert = doc;
                }
            }
            assertThat(alert.getString("type")).isEqualTo("TICKET_CREATED");
            assertThat(alert.getJsonObject("ticket").getString("title")).isEqualTo(title);
            send(out, "DISCONNECT\n\n");
        }
    }

    private static void send(OutputStream out, String frame) throws Exception {
        out.write((frame + "\0").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** One STOMP frame, without its NUL terminator; heart-beat newlines between frames are skipped. */
    private static String readFrame(InputStream in) throws Exception {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == 0) {
                break;
            }
            if (frame.size() == 0 && (b == '\n' || b == '\r')) {
                continue;
            }
            frame.write(b);
        }
        return frame.toString(StandardCharsets.UTF_8);
    }
}
