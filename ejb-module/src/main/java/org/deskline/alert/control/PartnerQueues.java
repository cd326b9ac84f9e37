package org.deskline.alert.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.Queue;
import org.deskline.alert.entity.Partner;

/**
 * Keeps the broker in step with the partners in the database: a durable queue per active partner on the alert
 * address, with the broker-side filter of its organizations and alert types; a partner turned off or removed loses
 * its queue and its consumers at once; the broker's accounts follow (BrokerAccess on the embedded broker,
 * ExternalPartners through the management API of an external one). Runs at start-up, after every change
 * (PartnersChanged, after commit) and every 30 s (changes made through another server).
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "EmbeddedBroker", "DemoData"})
@Lock(LockType.WRITE)
@AccessTimeout(value = 1, unit = TimeUnit.MINUTES)
public class PartnerQueues {

    /** Fired in the transaction that changed a partner; the broker follows after commit. */
    public record PartnersChanged() {
    }

    private static final Logger LOG = Logger.getLogger(PartnerQueues.class.getName());
    private static final long PERIOD_MS = TimeUnit.SECONDS.toMillis(30);

    @PersistenceContext
    EntityManager em;

    @Inject
    EmbeddedBroker broker;

    @Inject
    BrokerAccess access;

    @Inject
    BrokerSettings settings;

    @Inject
    ExternalPartners external;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        sync();
        timers.createIntervalTimer(PERIOD_MS, PERIOD_MS, new TimerConfig("partner-queues", false));
    }

    @Timeout
    void periodically() {
        sync();
    }

    @Asynchronous
    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PartnersChanged change) {
        sync();
    }

    public void sync() {
        List<Partner> active = em.createQuery("select p from Partner p where p.active = true", Partner.class)
                .getResultList();
        access.partners(active);
        if (settings.embedded()) {
            broker.server().ifPresent(server -> provision(server, active));
        } else if (settings.provisionsPartners()) {
            external.provision(active);
        }
    }

    private void provision(ActiveMQServer server, List<Partner> active) {
        String address = settings.alertTopic();
        Set<String> wanted = active.stream().map(Partner::queueName).collect(Collectors.toSet());
        for (Partner p : active) {
            String filter = PartnerFilter.of(p.getOrganizationIds(), p.getAlertTypes());
            try {
                Queue queue = server.locateQueue(p.queueName());
                QueueConfiguration config = QueueConfiguration.of(p.queueName()).setAddress(address)
                        .setRoutingType(RoutingType.MULTICAST).setDurable(true).setFilterString(filter)
                        .setAutoCreateAddress(false);
                if (queue == null) {
                    server.createQueue(config);
                    LOG.info(() -> "Partner queue " + address + "::" + p.queueName() + " created, filter " + filter);
                } else if (queue.getFilter() == null || !filter.equals(queue.getFilter().getFilterString().toString())) {
                    server.updateQueue(config);
                    LOG.info(() -> "Partner queue " + p.queueName() + " now filters " + filter);
                }
            } catch (Exception e) {
                LOG.warning(() -> "Cannot provision the queue of partner " + p.getUsername() + ": " + e);
            }
        }
        try {
            for (SimpleString name : server.getPostOffice().getAddressInfo(SimpleString.of(address)) == null
                    ? List.<SimpleString>of() : server.bindingQuery(SimpleString.of(address)).getQueueNames()) {
                String queue = name.toString();
                if (queue.startsWith(Partner.QUEUE_PREFIX) && !wanted.contains(queue)) {
                    server.destroyQueue(name, null, false, true);
                    LOG.info(() -> "Partner queue " + queue + " removed with its consumers (partner off or gone)");
                }
            }
        } catch (Exception e) {
            LOG.warning(() -> "Cannot remove queues of partners that are off: " + e);
        }
    }
}
