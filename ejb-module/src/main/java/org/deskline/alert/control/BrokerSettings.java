package org.deskline.alert.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.deskline.platform.control.DataDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the alert broker is. Without DESK_BROKER_URL the server starts its own embedded Artemis broker on
 * DESK_BROKER_EMBEDDED_HOST:DESK_BROKER_EMBEDDED_PORT with its journal under DESK_DATA_DIR; with it, the
 * server connects to that external broker (any Artemis connector URL, including HA lists).
 */
@ApplicationScoped
public class BrokerSettings {

    @Inject
    @ConfigProperty(name = "desk.broker.url")
    Optional<String> externalUrl;

    @Inject
    @ConfigProperty(name = "desk.broker.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "desk.broker.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "desk.broker.embedded.host", defaultValue = "127.0.0.1")
    String embeddedHost;

    @Inject
    @ConfigProperty(name = "desk.broker.embedded.port", defaultValue = "61616")
    int embeddedPort;

    @Inject
    @ConfigProperty(name = DataDirectory.PROPERTY, defaultValue = DataDirectory.DEFAULT)
    String dataDir;

    @Inject
    @ConfigProperty(name = "desk.alert.topic", defaultValue = "deskline.alerts")
    String alertTopic;

    @Inject
    @ConfigProperty(name = "desk.broker.provision", defaultValue = "true")
    boolean provision;

    @Inject
    BrokerAccess access;

    /**
     * Whether this server provisions partners (accounts, queue security, queues) on an external broker; off when
     * the broker's operators keep those themselves (config/broker-ha/README.md). The embedded broker always.
     */
    public boolean provisionsPartners() {
        return embedded() || provision;
    }

    public boolean embedded() {
        return externalUrl.filter(u -> !u.isBlank()).isEmpty();
    }

    public String connectUrl() {
        return embedded() ? "tcp://" + embeddedHost + ":" + embeddedPort : externalUrl.get();
    }

    public String acceptorUrl() {
        return "tcp://" + embeddedHost + ":" + embeddedPort + "?protocols=CORE,AMQP,STOMP";
    }

    public Path journalDir() {
        return Path.of(dataDir, "broker");
    }

    /** The account Deskline uses on an external broker (DESK_BROKER_USER); null when none is configured. */
    public String externalUser() {
        return user.orElse(null);
    }

    public String externalPassword() {
        return password.orElse(null);
    }

    public String alertTopic() {
        return alertTopic;
    }

    /**
     * Issue 22: a factory for one quick look at the broker (readiness): one attempt to connect, no reconnection,
     * calls bounded to {@code timeoutMillis}, so an unreachable broker is said at once rather than waited for.
     */
    public ConnectionFactory probe(long timeoutMillis) {
        ActiveMQConnectionFactory factory = embedded()
                ? new ActiveMQConnectionFactory(connectUrl(), BrokerAccess.SERVER_USER, access.serverPassword())
                : new ActiveMQConnectionFactory(connectUrl(), user.orElse(null), password.orElse(null));
        factory.setReconnectAttempts(0);
        factory.setInitialConnectAttempts(1);
        factory.setCallTimeout(timeoutMillis);
        factory.setCallFailoverTimeout(timeoutMillis);
        factory.setConnectionTTL(timeoutMillis * 2);
        return factory;
    }

    /** A connection factory for the configured broker; clients reconnect on their own after a broker restart. */
    public ConnectionFactory connectionFactory() {
        ActiveMQConnectionFactory factory = embedded()
                ? new ActiveMQConnectionFactory(connectUrl(), BrokerAccess.SERVER_USER, access.serverPassword())
                : new ActiveMQConnectionFactory(connectUrl(), user.orElse(null), password.orElse(null));
        factory.setReconnectAttempts(-1);
        factory.setRetryInterval(500);
        factory.setMaxRetryInterval(5_000);
        factory.setRetryIntervalMultiplier(2.0);
        return factory;
    }
}
