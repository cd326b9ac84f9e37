package org.deskline.alert.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The default broker: Artemis inside the server, persistent journal under the data directory, one acceptor
 * speaking CORE, AMQP and STOMP. Not started when an external broker is configured. Its lifetime is the
 * application's; production runs an external (clustered) broker instead.
 */
@Singleton
@Startup
public class EmbeddedBroker {

    private static final Logger LOG = Logger.getLogger(EmbeddedBroker.class.getName());

    @Inject
    BrokerSettings settings;

    @Inject
    BrokerAccess access;

    @Inject
    @ConfigProperty(name = "desk.broker.embedded.memory.mb", defaultValue = "32")
    long memoryMb;

    private EmbeddedActiveMQ broker;

    @PostConstruct
    void start() {
        if (!settings.embedded()) {
            LOG.info(() -> "Using the external broker at " + settings.connectUrl());
            return;
        }
        if (memoryMb < 1) {
            throw new IllegalStateException("DESK_BROKER_EMBEDDED_MEMORY_MB must be at least 1, not " + memoryMb);
        }
        String dir = settings.journalDir().toAbsolutePath().toString();
        Configuration config = new ConfigurationImpl()
                .setName("deskline-embedded")
                .setPersistenceEnabled(true)
                // BrokerAccess: the server, partners on their own queues, anonymous clients only if allowed
                .setSecurityEnabled(true)
                .setJMXManagementEnabled(false)
                .setJournalType(JournalType.NIO)
                .setJournalDirectory(dir + "/journal")
                .setBindingsDirectory(dir + "/bindings")
                .setPagingDirectory(dir + "/paging")
                .setLargeMessagesDirectory(dir + "/large-messages")
                // the default NIO buffer timeout (3.33 ms) caps one synchronous producer near 300 msg/s
                .setJournalBufferTimeout_NIO(500_000)
                // messages kept in the heap before the broker pages them to disk (Artemis's default is half the
                // heap: with partners not reading, alerts would crowd out the server's own memory)
                .setGlobalMaxSize(memoryMb * 1024L * 1024L)
                .addAddressConfiguration(new CoreAddressConfiguration()
                        .setName(settings.alertTopic())
                        .addRoutingType(RoutingType.MULTICAST));
        try {
            config.addAcceptorConfiguration("main", settings.acceptorUrl());
            broker = new EmbeddedActiveMQ().setConfiguration(config).setSecurityManager(access);
            broker.start();
            LOG.info(() -> "Embedded Artemis broker listening on " + settings.acceptorUrl() + ", journal in " + dir);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the embedded broker on " + settings.acceptorUrl(), e);
        }
    }

    /** The running embedded broker, for provisioning partner queues; empty with an external broker. */
    public java.util.Optional<org.apache.activemq.artemis.core.server.ActiveMQServer> server() {
        return broker == null ? java.util.Optional.empty() : java.util.Optional.of(broker.getActiveMQServer());
    }

    @PreDestroy
    void stop() {
        if (broker != null) {
            try {
                broker.stop();
            } catch (Exception e) {
                LOG.warning(() -> "Embedded broker did not stop cleanly: " + e);
            }
        }
    }
}
