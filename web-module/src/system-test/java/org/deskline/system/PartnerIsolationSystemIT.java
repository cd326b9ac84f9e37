package org.deskline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.deskline.client.ticket.Ticket;
import org.junit.jupiter.api.Test;

/**
 * Partners see their own organization's alerts only, whatever they try, over JMS (Artemis CORE), AMQP 1.0 and
 * STOMP: the demo partner "partner-northwind" is granted Northwind Logistics; its queue is filtered on the broker,
 * the raw alert address and the other partner's queue are closed to it, a selector cannot widen what it gets.
 */
class PartnerIsolationSystemIT {

    private static final String BROKER = System.getProperty("desk.broker.url", "tcp://127.0.0.1:18616");
    private static final String PORT = BROKER.substring(BROKER.lastIndexOf(':') + 1);
    private static final String USER = "partner-northwind";
    private static final String SECRET = "partner-northwind-secret";
    private static final String OWN_QUEUE = "deskline.alerts::partner.partner-northwind";
    private static final String OTHER_QUEUE = "deskline.alerts::partner.partner-demo";

    /** Opens one ticket for each organization; returns {northwind ticket, demo ticket}. */
    private static long[] ticketsForBoth(String tag) throws Exception {
        Ticket northwind = Soap.tickets(Soap.OTHER_CLIENT, Soap.OTHER_SECRET)
                .createTicket(TicketServiceSystemIT.newTicket("NW-PORTAL", "Partner check " + tag));
        Ticket demo = Soap.tickets(Soap.DEMO_CLIENT, Soap.DEMO_SECRET)
                .createTicket(TicketServiceSystemIT.newTicket("DEMO-SHOP", "Partner check " + tag));
        return new long[] {northwind.getTicketId(), demo.getTicketId()};
    }

    /** Drains the consumer until the Northwind ticket's alert arrived (or 20 s passed); returns the organizations. */
    private static Set<String> drain(MessageConsumer consumer, long northwindTicket) throws Exception {
        Set<String> organizations = new HashSet<>();
        boolean seen = false;
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            Message m = consumer.receive(seen ? 2_000 : 1_000);
            if (m == null) {
                if (seen) {
                    break;
                }
                continue;
            }
            JsonObject alert = Json.createReader(new StringReader(((TextMessage) m).getText())).readObject();
            organizations.add(alert.getJsonObject("organization").getString("name"));
            seen |= AlertJson.ticketId(alert) == northwindTicket;
        }
        assertThat(seen).as("the partner's own alert arrived").isTrue();
        return organizations;
    }

    private static void partnerSees(ConnectionFactory factory, String ownQueue) throws Exception {
        try (Connection c = factory.createConnection(USER, SECRET)) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer own = s.createConsumer(s.createQueue(ownQueue));
            c.start();
            long[] tickets = ticketsForBoth(String.valueOf(System.nanoTime()));
            assertThat(drain(own, tickets[0])).containsOnly("Northwind Logistics");
        }
    }

    static void partnerIsRefused(ConnectionFactory factory, String otherQueue) throws Exception {
        assertThatThrownBy(() -> {
            try (Connection c = factory.createConnection(USER, "wrong-password")) {
                c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            }
        }).as("a wrong password").isInstanceOf(JMSException.class);
        try (Connection c = factory.createConnection(USER, SECRET)) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            assertThatThrownBy(() -> s.createConsumer(s.createTopic("deskline.alerts")).receive(500))
                    .as("the raw alert address").isInstanceOf(JMSException.class);
        }
        try (Connection c = factory.createConnection(USER, SECRET)) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            assertThatThrownBy(() -> s.createConsumer(s.createQueue(otherQueue)).receive(500))
                    .as("another partner's queue").isInstanceOf(JMSException.class);
        }
    }

    @Test
    void over_jms_a_partner_receives_its_organizations_alerts_only() throws Exception {
        ActiveMQConnectionFactory core = new ActiveMQConnectionFactory(BROKER);
        partnerSees(core, OWN_QUEUE);
        partnerIsRefused(core, OTHER_QUEUE);
        try (Connection c = core.createConnection(USER, SECRET)) {
            c.setClientID("sneaky");
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            assertThatThrownBy(() -> s.createDurableSubscriber(s.createTopic("deskline.alerts"), "all"))
                    .as("a durable subscription on the raw address").isInstanceOf(JMSException.class);
        }
        // a selector on its own queue narrows, never widens: the Demo organization's alerts are not on it
        try (Connection c = core.createConnection(USER, SECRET)) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer selected = s.createConsumer(s.createQueue(OWN_QUEUE), "organizationId <> -1");
            c.start();
            long[] tickets = ticketsForBoth("selector " + System.nanoTime());
            assertThat(drain(selected, tickets[0])).containsOnly("Northwind Logistics");
        }
    }

    @Test
    void over_amqp_a_partner_receives_its_organizations_alerts_only() throws Exception {
        JmsConnectionFactory amqp = new JmsConnectionFactory("amqp://127.0.0.1:" + PORT);
        partnerSees(amqp, OWN_QUEUE);
        partnerIsRefused(amqp, OTHER_QUEUE);
    }

    @Test
    void over_stomp_a_partner_receives_its_organizations_alerts_only() throws Exception {
        try (Stomp refused = new Stomp(USER, "wrong-password")) {
            assertThat(refused.connected).isFalse();
        }
        try (Stomp raw = new Stomp(USER, SECRET)) {
            raw.send("SUBSCRIBE\nid:1\ndestination:deskline.alerts\nack:auto\nreceipt:r1\n\n");
            assertThat(raw.frame()).startsWith("ERROR");
        }
        try (Stomp other = new Stomp(USER, SECRET)) {
            other.send("SUBSCRIBE\nid:2\ndestination:" + escape(OTHER_QUEUE) + "\nack:auto\nreceipt:r2\n\n");
            assertThat(other.frame()).startsWith("ERROR");
        }
        try (Stomp own = new Stomp(USER, SECRET)) {
            own.send("SUBSCRIBE\nid:3\ndestination:" + escape(OWN_QUEUE) + "\nack:auto\nreceipt:r3\n\n");
            long[] tickets = ticketsForBoth("stomp " + System.nanoTime());
            Set<String> organizations = new HashSet<>();
            boolean receipt = false;
            boolean seen = false;
            long deadline = System.currentTimeMillis() + 20_000;
            while (!(seen && receipt) && System.currentTimeMillis() < deadline) {
                String frame = own.frame();
                if (frame.startsWith("RECEIPT")) {
                    receipt = true;
                    continue;
                }
                assertThat(frame).startsWith("MESSAGE");
                JsonObject alert = Json.createReader(new StringReader(frame.substring(frame.indexOf("\n\n") + 2)))
                        .readObject();
                organizations.add(alert.getJsonObject("organization").getString("name"));
                seen |= AlertJson.ticketId(alert) == tickets[0];
            }
            assertThat(receipt).isTrue();
            assertThat(seen).isTrue();
            assertThat(organizations).containsOnly("Northwind Logistics");
        }
    }

    /** STOMP 1.2 header values escape ':' as '\c' (else Artemis would read another destination). */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\c");
    }

    /** A bare STOMP 1.2 client: enough frames to connect, subscribe and read. */
    private static final class Stomp implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        final boolean connected;

        Stomp(String login, String passcode) throws Exception {
            socket = new Socket("127.0.0.1", Integer.parseInt(PORT));
            socket.setSoTimeout(20_000);
            in = socket.getInputStream();
            out = socket.getOutputStream();
            send("CONNECT\naccept-version:1.2\nhost:localhost\nlogin:" + login + "\npasscode:" + passcode + "\n\n");
            connected = frame().startsWith("CONNECTED");
        }

        void send(String frame) throws Exception {
            out.write((frame + "\0").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        /** The next frame, heart-beat newlines skipped. */
        String frame() throws Exception {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != 0) {
                if (buffer.size() == 0 && (b == '\n' || b == '\r')) {
                    continue;
                }
                buffer.write(b);
            }
            return buffer.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws Exception {
            socket.close();
        }
    }
}
