package org.deskline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQTopic;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.deskline.client.ticket.TicketPortType;
import org.deskline.testsupport.ServerProcess;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * The same build against the Artemis distribution (org.apache.artemis:apache-artemis from Maven Central, created
 * and started here, with login required) instead of the embedded broker, and the fault tests of alert delivery:
 * the broker dies with kill -9 (tickets are still created while it is away), the server dies with kill -9 in the
 * middle of a burst of tickets, then both at once. The server provisions its partners on that broker through its
 * management API (accounts, queue security, filtered queues; an admin adds one in the console and turns it off),
 * with the same isolation as on the embedded broker. Every consumer counts: a durable subscriber and the partner of
 * the organization get every alert of an acknowledged ticket once, the other organization's partner none.
 */
class ExternalBrokerSystemIT {

    private static final int BROKER_PORT = 19816;
    private static final String URL = "tcp://127.0.0.1:" + BROKER_PORT;
    private static final String USER = ArtemisDistribution.USER;
    private static final String PASSWORD = ArtemisDistribution.PASSWORD;
    private static final String BASE = "http://localhost:19280";

    @Test
    void alerts_reach_the_artemis_distribution_through_kill_minus_9_of_broker_server_and_both_none_lost_or_doubled()
            throws Exception {
        Path root = Path.of(System.getProperty("java.io.tmpdir")).getParent().resolve("external-broker");
        Path instance = root.resolve("instance");
        deleteTree(root);
        ArtemisDistribution.create(root, instance, BROKER_PORT);
        Process broker = ArtemisDistribution.start(instance, root.resolve("broker.log"), BROKER_PORT);
        ServerProcess server = null;
        try {
            server = relaunch(root);
            ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(URL);
            try (Connection c = factory.createConnection(USER, PASSWORD)) {
                c.setClientID("external-check");
                c.createSession(false, Session.AUTO_ACKNOWLEDGE)
                        .createDurableSubscriber(new ActiveMQTopic("deskline.alerts"), "all").close();
            }
            // the server provisioned its partners on the external broker: the same isolation as on its own
            PartnerIsolationSystemIT.partnerIsRefused(factory, "deskline.alerts::partner.partner-demo");
            PartnerIsolationSystemIT.partnerIsRefused(new JmsConnectionFactory("amqp://127.0.0.1:" + BROKER_PORT),
                    "deskline.alerts::partner.partner-demo");
            try (Connection c = factory.createConnection("partner-northwind", "partner-northwind-secret")) {
                c.setClientID("sneaky");
                Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
                assertThatThrownBy(() -> s.createDurableSubscriber(s.createTopic("deskline.alerts"), "all"))
                        .as("a durable subscription on the raw address").isInstanceOf(JMSException.class);
            }
            WebDriver browser = Browser.start();
            try {
                ConsoleSystemIT.partnerMadeInTheConsole(browser, Browser.waiting(browser, 20),
                        BASE, URL);
            } finally {
                browser.quit();
            }

            TicketPortType demo = Soap.tickets(BASE, Soap.DEMO_CLIENT, Soap.DEMO_SECRET);
            Set<Long> tickets = new HashSet<>();
            for (int i = 0; i < 5; i++) {
                tickets.add(demo.createTicket(TicketServiceSystemIT.newTicket("DEMO-SHOP", "Before the kill " + i))
                        .getTicketId());
            }

            // issue 22: ready while every check is; the balancer reads /health/ready, a supervisor /health/live
            HealthProbe.Answer ready = HealthProbe.waitFor(BASE, "broker", "UP", 30);
            assertThat(ready.checks()).as(ready.body().toString()).containsEntry("database", "UP")
                    .containsEntry("broker", "UP").containsEntry("alert-outbox", "UP")
                    .containsEntry("sla-scheduler", "UP").containsEntry("data-disk", "UP");
            assertThat(ready.http()).isEqualTo(200);
            assertThat(HealthProbe.live(BASE).checks()).containsEntry("deadlocks", "UP");

            broker.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            // the broker is gone: business transactions do not wait on it, their alerts wait in the outbox
            for (int i = 0; i < 10; i++) {
                tickets.add(demo.createTicket(TicketServiceSystemIT.newTicket("DEMO-SHOP", "While away " + i))
                        .getTicketId());
            }
            HealthProbe.Answer away = HealthProbe.waitFor(BASE, "broker", "DOWN", 30);
            assertThat(away.check("broker")).as("readiness names the broker: " + away.body()).isEqualTo("DOWN");
            assertThat(away.status()).isEqualTo("DOWN");
            assertThat(away.http()).isEqualTo(503);
            assertThat(away.check("database")).isEqualTo("UP");
            assertThat(HealthProbe.live(BASE).status()).as("no reason to restart the server").isEqualTo("UP");
            broker = ArtemisDistribution.start(instance, root.resolve("broker.log"), BROKER_PORT);
            HealthProbe.Answer back = HealthProbe.waitFor(BASE, "broker", "UP", 60);
            assertThat(back.check("broker")).as(back.body().toString()).isEqualTo("UP");

            // the server dies (kill -9) in the middle of a burst; what it acknowledged must be alerted once
            tickets.addAll(burst(demo, "Server burst", 1_000, server::kill));
            server = relaunch(root);
            demo = Soap.tickets(BASE, Soap.DEMO_CLIENT, Soap.DEMO_SECRET);
            // both at once
            Process dying = broker;
            tickets.addAll(burst(demo, "Both burst", 1_000, () -> {
                dying.destroyForcibly();
                serverKill(root);
            }));
            broker = ArtemisDistribution.start(instance, root.resolve("broker.log"), BROKER_PORT);
            server = relaunch(root);

            // every consumer counts: the durable subscriber, the partner of the organization, the other partner
            Tally subscriber = new Tally(tickets);
            try (Connection c = factory.createConnection(USER, PASSWORD)) {
                c.setClientID("external-check");
                drain(c, c.createSession(false, Session.AUTO_ACKNOWLEDGE)
                        .createDurableSubscriber(new ActiveMQTopic("deskline.alerts"), "all"), subscriber);
            }
            Tally partner = new Tally(tickets);
            try (Connection c = factory.createConnection("partner-demo", "partner-demo-secret")) {
                Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
                drain(c, s.createConsumer(s.createQueue("deskline.alerts::partner.partner-demo")), partner);
            }
            Tally other = new Tally(tickets);
            try (Connection c = factory.createConnection("partner-northwind", "partner-northwind-secret")) {
                Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageConsumer consumer = s.createConsumer(s.createQueue("deskline.alerts::partner.partner-northwind"));
                c.start();
                while (other.count(consumer.receive(2_000))) {
                    // drain
                }
            }
            for (Tally tally : List.of(subscriber, partner)) {
                assertThat(tally.created.keySet()).as("no alert lost").containsExactlyInAnyOrderElementsOf(tickets);
                assertThat(tally.created.values()).as("each once").containsOnly(1);
                assertThat(tally.duplicates).as("no alert delivered twice").isEmpty();
            }
            assertThat(partner.organizations).containsOnly("Demo Trading Co");
            assertThat(other.created).as("the other organization's partner got none of them").isEmpty();
            assertThat(other.organizations).doesNotContain("Demo Trading Co");
        } finally {
            if (server != null) {
                server.stop();
            }
            ArtemisDistribution.kill(broker);
        }
    }

    /** The Deskline server on its data in ROOT/server (kept across restarts), using the external broker. */
    private static ServerProcess relaunch(Path root) throws Exception {
        return ServerProcess.launch(root.resolve("server"), Path.of(System.getProperty("payara.microJar")),
                Path.of(System.getProperty("desk.war")), 19280, 19916, Map.of("DESK_BROKER_URL", URL,
                        "DESK_BROKER_USER", USER, "DESK_BROKER_PASSWORD", PASSWORD));
    }

    /** kill -9 of the server recorded in ROOT/server. */
    private static void serverKill(Path root) {
        try {
            long pid = Long.parseLong(Files.readString(root.resolve("server/server.pid")).trim());
            ProcessHandle.of(pid).ifPresent(h -> {
                h.destroyForcibly();
                h.onExit().join();
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    interface Kill {
        void now() throws Exception;
    }

    /**
     * Creates up to {@code count} tickets one after another, stopping when the server no longer answers;
     * {@code kill} runs once ten were acknowledged. Returns the ids of the tickets the server acknowledged.
     */
    static List<Long> burst(TicketPortType client, String title, int count, Kill kill) throws Exception {
        List<Long> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
        var burst = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            var running = burst.submit(() -> {
                for (int i = 0; i < count; i++) {
                    try {
                        acknowledged.add(client.createTicket(TicketServiceSystemIT.newTicket("DEMO-SHOP",
                                title + " " + i)).getTicketId());
                    } catch (RuntimeException | org.deskline.client.ticket.DeskFault gone) {
                        return;
                    }
                }
            });
            long deadline = System.currentTimeMillis() + 60_000;
            while (acknowledged.size() < 10 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            kill.now();
            running.get(2, TimeUnit.MINUTES);
        } finally {
            burst.shutdownNow();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(10);
        return new ArrayList<>(acknowledged);
    }

    /** Waits until every ticket's creation alert arrived (at most 90 s), then for anything doubled behind. */
    static void drain(Connection c, MessageConsumer consumer, Tally tally) throws Exception {
        c.start();
        long deadline = System.currentTimeMillis() + 90_000;
        while (tally.created.size() < tally.tickets.size() && System.currentTimeMillis() < deadline) {
            tally.count(consumer.receive(1_000));
        }
        while (tally.count(consumer.receive(3_000))) {
            // anything doubled would arrive right behind
        }
    }

    /** What one consumer received: creation alerts per ticket of the test, alert ids seen twice, organizations. */
    static final class Tally {
        final Set<Long> tickets;
        final Map<Long, Integer> created = new HashMap<>();
        final List<String> duplicates = new ArrayList<>();
        final Set<String> alertIds = new HashSet<>();
        final Set<String> organizations = new HashSet<>();

        Tally(Set<Long> tickets) {
            this.tickets = tickets;
        }

        /** Counts one received alert; false when nothing was received. */
        boolean count(Message m) throws Exception {
            if (!(m instanceof TextMessage text)) {
                return m != null;
            }
            JsonObject alert = Json.createReader(new StringReader(text.getText())).readObject();
            if (!alertIds.add(alert.getString("alertId"))) {
                duplicates.add(alert.getString("alertId"));
            }
            organizations.add(alert.getJsonObject("organization").getString("name"));
            long ticket = AlertJson.ticketId(alert);
            if (alert.getString("type").equals("TICKET_CREATED") && tickets.contains(ticket)) {
                created.merge(ticket, 1, Integer::sum);
            }
            return true;
        }
    }

    static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
