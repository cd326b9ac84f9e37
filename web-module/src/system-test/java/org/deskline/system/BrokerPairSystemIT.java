package org.deskline.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQTopic;
import org.deskline.client.ticket.TicketPortType;
import org.deskline.testsupport.ServerProcess;
import org.junit.jupiter.api.Test;

/**
 * Deskline on a live/backup pair of Artemis distribution brokers (shared store, static cluster connectors, the
 * configuration config/broker-ha/README.md documents), with the failover URL for its relay: the live broker is
 * killed with -9 while tickets are being created; the backup takes over, and a durable subscriber and the partner
 * of the organization, both on the same failover URL, get every acknowledged ticket's alert exactly once.
 */
class BrokerPairSystemIT {

    private static final int LIVE_PORT = 19826;
    private static final int BACKUP_PORT = 19827;
    private static final String URL = "(tcp://127.0.0.1:" + LIVE_PORT + ",tcp://127.0.0.1:" + BACKUP_PORT
            + ")?ha=true&reconnectAttempts=-1&retryInterval=500";
    private static final String BASE = "http://localhost:19380";

    @Test
    void the_backup_takes_over_when_the_live_broker_dies_and_no_alert_is_lost_or_doubled() throws Exception {
        Path root = Path.of(System.getProperty("java.io.tmpdir")).getParent().resolve("broker-pair");
        ExternalBrokerSystemIT.deleteTree(root);
        Path shared = root.resolve("shared");
        String[] common = {"--shared-store", "--data", shared.toString(), "--failover-on-shutdown",
            "--cluster-user", "cluster", "--cluster-password", "cluster-secret",
            "--staticCluster", "tcp://127.0.0.1:" + LIVE_PORT + ",tcp://127.0.0.1:" + BACKUP_PORT};
        Path live = root.resolve("live");
        Path backup = root.resolve("backup");
        ArtemisDistribution.create(root, live, LIVE_PORT, concat(common, "--name", "live"));
        ArtemisDistribution.create(root, backup, BACKUP_PORT, concat(common, "--name", "backup", "--backup"));
        // one account file for both (on two hosts: on the shared storage), so partners log in to either
        for (String file : List.of("artemis-users.properties", "artemis-roles.properties")) {
            Files.delete(backup.resolve("etc").resolve(file));
            Files.createSymbolicLink(backup.resolve("etc").resolve(file), live.resolve("etc").resolve(file));
        }
        Process liveBroker = ArtemisDistribution.start(live, root.resolve("live.log"), LIVE_PORT);
        Process backupBroker = ArtemisDistribution.run(backup, root.resolve("backup.log"));
        ServerProcess server = null;
        try {
            ArtemisDistribution.awaitLog(root.resolve("backup.log"), "AMQ221031", 60_000); // backup announced
            server = ServerProcess.launch(root.resolve("server"), Path.of(System.getProperty("payara.microJar")),
                    Path.of(System.getProperty("desk.war")), 19380, 19926, Map.of("DESK_BROKER_URL", URL,
                            "DESK_BROKER_USER", ArtemisDistribution.USER,
                            "DESK_BROKER_PASSWORD", ArtemisDistribution.PASSWORD));
            ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(URL);
            try (Connection c = factory.createConnection(ArtemisDistribution.USER, ArtemisDistribution.PASSWORD)) {
                c.setClientID("pair-check");
                c.createSession(false, Session.AUTO_ACKNOWLEDGE)
                        .createDurableSubscriber(new ActiveMQTopic("deskline.alerts"), "all").close();
            }
            TicketPortType demo = Soap.tickets(BASE, Soap.DEMO_CLIENT, Soap.DEMO_SECRET);
            Set<Long> tickets = new HashSet<>();
            for (int i = 0; i < 5; i++) {
                tickets.add(demo.createTicket(TicketServiceSystemIT.newTicket("DEMO-SHOP", "On the live " + i))
                        .getTicketId());
            }
            Process dying = liveBroker;
            tickets.addAll(ExternalBrokerSystemIT.burst(demo, "Across the failover", 40,
                    () -> dying.destroyForcibly()));
            ArtemisDistribution.awaitLog(root.resolve("backup.log"), "AMQ221010", 60_000); // backup is now active
            for (int i = 0; i < 5; i++) {
                tickets.add(demo.createTicket(TicketServiceSystemIT.newTicket("DEMO-SHOP", "On the backup " + i))
                        .getTicketId());
            }

            ExternalBrokerSystemIT.Tally subscriber = new ExternalBrokerSystemIT.Tally(tickets);
            try (Connection c = factory.createConnection(ArtemisDistribution.USER, ArtemisDistribution.PASSWORD)) {
                c.setClientID("pair-check");
                ExternalBrokerSystemIT.drain(c, c.createSession(false, Session.AUTO_ACKNOWLEDGE)
                        .createDurableSubscriber(new ActiveMQTopic("deskline.alerts"), "all"), subscriber);
            }
            ExternalBrokerSystemIT.Tally partner = new ExternalBrokerSystemIT.Tally(tickets);
            try (Connection c = factory.createConnection("partner-demo", "partner-demo-secret")) {
                Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
                ExternalBrokerSystemIT.drain(c,
                        s.createConsumer(s.createQueue("deskline.alerts::partner.partner-demo")), partner);
            }
            for (ExternalBrokerSystemIT.Tally tally : List.of(subscriber, partner)) {
                assertThat(tally.created.keySet()).as("no alert lost").containsExactlyInAnyOrderElementsOf(tickets);
                assertThat(tally.created.values()).as("each once").containsOnly(1);
                assertThat(tally.duplicates).as("no alert delivered twice").isEmpty();
            }
            assertThat(partner.organizations).containsOnly("Demo Trading Co");
        } finally {
            if (server != null) {
                server.stop();
            }
            ArtemisDistribution.kill(liveBroker);
            ArtemisDistribution.kill(backupBroker);
        }
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
