package org.deskline.billing.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.deskline.platform.control.DueSweep;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * B1 on time: moves subscriptions to grace and to expired on their dates and warns before expiry; B5: announces
 * hours packages about to expire with time left. Driven by the
 * database ({@code subscription.next_check_at}, indexed), not by timers that die with the server: the sweep runs at
 * start-up (catching up whatever passed while the server was down) and every DESK_SUBSCRIPTION_SWEEP_SECONDS (60).
 * Each subscription is handled in its own transaction, locked, so several servers never raise an alert twice.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SubscriptionWatch {

    @PersistenceContext
    EntityManager em;

    @Inject
    SubscriptionCheck check;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "desk.subscription.sweep.seconds", defaultValue = "60")
    long sweepSeconds;

    @Resource
    TimerService timers;

    @Inject
    HoursPackageCheck packages;

    private final DueSweep due = new DueSweep("Subscription");
    private final DueSweep expiring = new DueSweep("Hours package");

    @PostConstruct
    void start() {
        timers.createIntervalTimer(1_000, sweepSeconds * 1_000, new TimerConfig("subscription-watch", false));
    }

    @Timeout
    void sweep() {
        due.run(() -> em.createNamedQuery(org.deskline.billing.entity.Subscription.DUE, Long.class)
                .setParameter("now", clock.instant()).setMaxResults(500).getResultList(), check::check);
        expiring.run(packages::due, packages::check); // B5: packages about to expire with time left
    }
}
