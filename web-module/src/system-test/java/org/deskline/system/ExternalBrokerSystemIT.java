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
import java.net.Socket;
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
import org.deskline.client.ticket.TicketPortType;
import org.deskline.testsupport.ServerProcess;
import org.junit.jupiter.api.Test;

/**
 * The same build against the Artemis distribution (org.apache.artemis:apache-artemis from Maven Central, created
 * and started here, with login required) instead of the embedded broker, and the fault tests of alert delivery:
 * the broker dies with kill -9 (tickets are still created while it is away), the server dies with kill -9 in the
 * middle of a burst of tickets, then both at once. A durable subscriber counts: every alert of an acknowledged
 * ticket arrives, none twice.
 */
class ExternalBrokerSystemIT {

    private static final int BROKER_PORT = 19816;
    private static final String URL = "tcp://127.0.0.1:" + BROKER_PORT;
    private static final String USER = "desk";
    private static final String PASSWORD = "desk-secret";

    @Test
    void alerts_reach_the_artemis_distribution_through_kill_minus_9_of_broker_server_and_both_none_lost_or_doubled()
            throws Exception {
        Path root = Path.of(System.getProperty("java.io.tmpdir")).getParent().resolve("external-broker");
        Path home = Path.of(System.getProperty("desk.artemis.home"));
        Path instance = root.resolve("instance");
        deleteTree(root);
        Files.createDirectories(root);
        run(root, List.of("sh", home.resolve("bin/artemis").toString(), "create", instance.toString(),
                "--user", USER, "--password", PASSWORD, "--require-login", "--host", "127.0.0.1",
                "--default-port", String.valueOf(BROKER_PORT), "--no-web", "--silent", "--no-autotune",
                "--no-hornetq-acceptor", "--no-mqtt-acceptor", "--no-amqp-acceptor", "--no-stomp-acceptor"));
        Process broker = startBroker(instance, root);
        ServerProcess server = null;
        try {
            server = relaunch(root);
            ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(URL);
            try (Connection c = factory.createConnection(USER, PASSWORD)) {
                c.setClientID("external-check");
                c.createSession(false, Session.AUTO_ACKNOWLEDGE)
                        .createDurableSubscriber(new ActiveMQTopic("deskline.alerts"), "all").close();
            }
            TicketPortType demo = Soap.tickets("http://localhost:19280", Soap.DEMO_CLIENT, Soap.DEMO_SECRET);
            Set<Long> tickets = new HashSet<>();
            for (int i = 0; i < 5; i++) {
                tickets.add(demo.createTicket(TicketServiceSystemIT.newTicket("DEMO-SHOP", "Before the kill " + i))
                        .getTicketId());
            }

            broker.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            // the broker is gone: business transactions do not wait on it, their alerts wait in the outbox
            for (int i = 0; i < 10; i++) {
                tickets.add(demo.createTicket(TicketServiceSystemIT.newTicket("DEMO-SHOP", "While away " + i))
                        .getTicketId());
            }
            broker = startBroker(instance, root);

            // the server dies (kill -9) in the middle of a burst; what it acknowledged must be alerted once
            tickets.addAll(burstUntilKilled(demo, "Server burst", server::kill));
            server = relaunch(root);
            demo = Soap.tickets("http://localhost:19280", Soap.DEMO_CLIENT, Soap.DEMO_SECRET);
            // both at once
            Process dying = broker;
            tickets.addAll(burstUntilKilled(demo, "Both burst", () -> {
                dying.destroyForcibly();
                serverKill(root);
            }));
            broker = startBroker(instance, root);
            server = relaunch(root);

            Map<Long, Integer> created = new HashMap<>();
            List<String> duplicates = new ArrayList<>();
            Set<String> alertIds = new HashSet<>();
            try (Connection c = factory.createConnection(USER, PASSWORD)) {
                c.setClientID("external-check");
                MessageConsumer consumer = c.createSession(false, Session.AUTO_ACKNOWLEDGE)
                        .createDurableSubscriber(new ActiveMQTopic("deskline.alerts"), "all");
                c.start();
                long deadline = System.currentTimeMillis() + 90_000;
                while (created.size() < tickets.size() && System.currentTimeMillis() < deadline) {
                    count(consumer.receive(1_000), tickets, created, alertIds, duplicates);
                }
                // anything doubled would arrive right behind
                while (count(consumer.receive(3_000), tickets, created, alertIds, duplicates)) {
                    // drain
                }
            }
            assertThat(created.keySet()).as("no alert lost").containsExactlyInAnyOrderElementsOf(tickets);
            assertThat(created.values()).as("each once").containsOnly(1);
            assertThat(duplicates).as("no alert delivered twice").isEmpty();
        } finally {
            if (server != null) {
                server.stop();
            }
            broker.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
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
     * Creates tickets one after another until the server stops answering; {@code kill} runs once ten were
     * acknowledged. Returns the ids of the tickets the server acknowledged.
     */
    private static List<Long> burstUntilKilled(TicketPortType client, String title, Kill kill) throws Exception {
        List<Long> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
        var burst = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            var running = burst.submit(() -> {
                for (int i = 0; i < 1_000; i++) {
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

    /** Counts one received alert; false when nothing was received. */
    private static boolean count(Message m, Set<Long> tickets, Map<Long, Integer> created, Set<String> alertIds,
                                 List<String> duplicates) throws Exception {
        if (!(m instanceof TextMessage text)) {
            return m != null;
        }
        JsonObject alert = Json.createReader(new StringReader(text.getText())).readObject();
        if (!alertIds.add(alert.getString("alertId"))) {
            duplicates.add(alert.getString("alertId"));
        }
        long ticket = alert.getJsonObject("ticket").getJsonNumber("id").longValue();
        if (alert.getString("type").equals("TICKET_CREATED") && tickets.contains(ticket)) {
            created.merge(ticket, 1, Integer::sum);
        }
        return true;
    }

    private static Process startBroker(Path instance, Path root) throws Exception {
        Process broker = new ProcessBuilder("sh", instance.resolve("bin/artemis").toString(), "run")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("broker.log").toFile())).start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (!broker.isAlive()) {
                throw new IllegalStateException("the broker exited: " + Files.readString(root.resolve("broker.log")));
            }
            try (Socket ignored = new Socket("127.0.0.1", BROKER_PORT)) {
                return broker;
            } catch (java.io.IOException notYet) {
                Thread.sleep(200);
            }
        }
        broker.destroyForcibly();
        throw new IllegalStateException("the broker did not listen within 60 s");
    }

    private static void run(Path dir, List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("create.log").toFile())).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("artemis create failed: " + Files.readString(dir.resolve("create.log")));
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
