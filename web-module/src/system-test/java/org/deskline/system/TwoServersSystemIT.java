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
 * it as an external broker; tickets are opened on both. Then (issue 22) B is killed while its relay holds claims:
 * A sends those alerts within seconds of the kill, not after the claims' 60 s lease.
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

                // issue 22: a file sent to one server is read whole from the other (attachments are in the database)
                long withFile = ids.iterator().next();
                byte[] file = new byte[700_000];
                new java.util.Random(22).nextBytes(file);
                org.deskline.client.ticket.AttachmentUpload upload = new org.deskline.client.ticket.AttachmentUpload();
                upload.setFileName("server-a.zip");
                upload.setContentType("application/zip");
                upload.setContent(file);
                long sent = mtom(servers.get(0)).addAttachment(withFile, upload).getAttachmentId();
                assertThat(mtom(servers.get(1)).getAttachment(withFile, sent).getContent()).isEqualTo(file);

                // issue 22: B is killed holding claims; A sends what B held within seconds, not after the lease
                String jdbc = "jdbc:postgresql://127.0.0.1:" + pgPort + "/" + database;
                Set<String> held = claimAsServer(jdbc, b.pid(), 5);
                assertThat(receive(consumer, held, Duration.ofSeconds(4))).as("B beats: nobody sends its claims")
                        .isEmpty();
                b.kill();
                long killedAt = System.nanoTime();
                b = null;
                Set<String> received = receive(consumer, held, Duration.ofSeconds(30));
                long tookMs = (System.nanoTime() - killedAt) / 1_000_000;
                System.out.printf("Issue 22: %d alerts claimed by a killed server sent by the other %d ms after "
                        + "the kill%n", received.size(), tookMs);
                assertThat(received).isEqualTo(held);
                assertThat(tookMs).as("taken over long before the 60 s lease").isLessThan(15_000);
            }
        } finally {
            if (b != null) {
                b.stop();
            }
            a.stop();
        }
    }

    private static TicketPortType mtom(TicketPortType port) {
        ((jakarta.xml.ws.soap.SOAPBinding) ((jakarta.xml.ws.BindingProvider) port).getBinding()).setMTOMEnabled(true);
        return port;
    }

    /**
     * Writes {@code n} pending alerts claimed for 60 s by the relay of the server with process {@code pid}, as if
     * that relay had just claimed them; returns their ids.
     */
    private static Set<String> claimAsServer(String jdbc, long pid, int n) throws Exception {
        Set<String> ids = new HashSet<>();
        try (var c = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            String relay;
            try (var q = c.prepareStatement("select id from relay_instance where host like ?")) {
                q.setString(1, "%/" + pid);
                try (var rs = q.executeQuery()) {
                    assertThat(rs.next()).as("the relay of process " + pid + " beats").isTrue();
                    relay = rs.getString(1);
                }
            }
            java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
            try (var insert = c.prepareStatement("insert into alert (id, type, severity, occurred_at, payload, state, "
                    + "attempts, claimed_by, claimed_until) values (?, 'TICKET_CREATED', 'INFO', ?, ?, 'PENDING', 0, "
                    + "?, ?)")) {
                for (int i = 0; i < n; i++) {
                    String id = java.util.UUID.randomUUID().toString();
                    insert.setString(1, id);
                    insert.setObject(2, now);
                    insert.setString(3, "{\"schema\":\"deskline.alert/1\",\"alertId\":\"" + id + "\",\"type\":"
                            + "\"TICKET_CREATED\",\"severity\":\"INFO\",\"occurredAt\":\"" + now.toInstant() + "\"}");
                    insert.setString(4, relay);
                    insert.setObject(5, now.plusSeconds(60));
                    insert.executeUpdate();
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** The ids among {@code wanted} that arrive within {@code limit} (returns as soon as all have). */
    private static Set<String> receive(MessageConsumer consumer, Set<String> wanted, Duration limit)
            throws Exception {
        Set<String> got = new HashSet<>();
        long until = System.nanoTime() + limit.toNanos();
        while (got.size() < wanted.size() && System.nanoTime() < until) {
            Message m = consumer.receive(200);
            if (m != null) {
                String id = Json.createReader(new StringReader(((TextMessage) m).getText())).readObject()
                        .getString("alertId");
                if (wanted.contains(id)) {
                    got.add(id);
                }
            }
        }
        return got;
    }
}
