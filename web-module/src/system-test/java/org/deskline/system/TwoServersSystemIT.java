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
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQTopic;
import org.deskline.client.ticket.TicketPortType;
import org.deskline.testsupport.ServerProcess;
import org.junit.jupiter.api.Test;

/**
 * S6 with two server processes on one PostgreSQL database: both schedulers and safety sweeps watch the same
 * deadlines, and still every warning and breach is raised once. Server A runs the embedded broker, server B uses
 * it as an external broker; tickets are opened on both.
 */
class TwoServersSystemIT {

    private static final int TICKETS = 12;

    @Test
    void s6_two_servers_on_one_database_raise_each_warning_and_breach_once() throws Exception {
        Path root = Path.of(System.getProperty("java.io.tmpdir")).getParent().resolve("two-servers");
        Path microJar = Path.of(System.getProperty("payara.microJar"));
        Path war = Path.of(System.getProperty("desk.war"));
        int pgPort = Integer.parseInt(System.getProperty("desk.postgres.port", "15432"));
        int broker = 19716;
        String database = "twoservers";
        try (var c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres", "postgres",
                "postgres"); var s = c.createStatement()) {
            s.execute("drop database if exists " + database);
            s.execute("create database " + database);
        }
        Map<String, String> shared = Map.of(
                "DESK_DB_DATASOURCE", "org.postgresql.ds.PGSimpleDataSource",
                "DESK_DB_URL", "jdbc:postgresql://127.0.0.1:" + pgPort + "/" + database,
                "DESK_DB_USER", "postgres",
                "DESK_DB_PASSWORD", "postgres",
                // both safety sweeps run often, so they compete with each other's exact wake-ups
                "DESK_SLA_SWEEP_SECONDS", "1",
                // server A's embedded broker gives server B (and this test's reader) its one full-rights account
                "DESK_BROKER_USER", "two-servers-peer",
                "DESK_BROKER_PASSWORD", "two-servers-peer-secret");
        ServerProcess.deleteData(root.resolve("a"));
        ServerProcess.deleteData(root.resolve("b"));
        ServerProcess a = ServerProcess.launch(root.resolve("a"), microJar, war, 19180, broker, shared);
        ServerProcess b = null;
        try {
            Map<String, String> external = new java.util.HashMap<>(shared);
            external.put("DESK_BROKER_URL", "tcp://127.0.0.1:" + broker);
            b = ServerProcess.launch(root.resolve("b"), microJar, war, 19181, broker + 1, external);

            try (Connection partner = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + broker).createConnection(
                    shared.get("DESK_BROKER_USER"), shared.get("DESK_BROKER_PASSWORD"))) {
                Session session = partner.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageConsumer consumer = session.createConsumer(new ActiveMQTopic("deskline.alerts"));
                partner.start();

                List<TicketPortType> servers = List.of(
                        Soap.tickets("http://localhost:19180", SlaSystemIT.QS_CLIENT, SlaSystemIT.QS_SECRET),
                        Soap.tickets("http://localhost:19181", SlaSystemIT.QS_CLIENT, SlaSystemIT.QS_SECRET));
                Set<Long> ids = new HashSet<>();
                for (int i = 0; i < TICKETS; i++) {
                    ids.add(servers.get(i % 2).createTicket(TicketServiceSystemIT.newTicket("QS-LAB",
                            "Watched twice " + i)).getTicketId());
                }

                // the stopwatch plan: first response due after 12 s, its warning at 9 s
                Map<Long, List<String>> firstResponse = new TreeMap<>();
                Set<String> alertIds = new HashSet<>();
                List<String> duplicates = new ArrayList<>();
                Instant until = Instant.now().plus(Duration.ofSeconds(30));
                while (Instant.now().isBefore(until)) {
                    Message m = consumer.receive(1_000);
                    if (m == null) {
                        continue;
                    }
                    JsonObject alert = Json.createReader(new StringReader(((TextMessage) m).getText())).readObject();
                    if (!alertIds.add(alert.getString("alertId"))) {
                        duplicates.add(alert.getString("alertId"));
                    }
                    long ticket = AlertJson.ticketId(alert);
                    if (ids.contains(ticket) && alert.containsKey("sla")
                            && alert.getJsonObject("sla").getString("metric").equals("FIRST_RESPONSE")) {
                        firstResponse.computeIfAbsent(ticket, k -> new ArrayList<>()).add(alert.getString("type"));
                    }
                }
                assertThat(duplicates).as("no alert delivered twice").isEmpty();
                assertThat(firstResponse).hasSize(TICKETS);
                assertThat(firstResponse.values()).allSatisfy(types -> assertThat(types)
                        .containsExactly("SLA_WARNING", "SLA_BREACHED"));
            }
        } finally {
            if (b != null) {
                b.stop();
            }
            a.stop();
        }
    }
}
