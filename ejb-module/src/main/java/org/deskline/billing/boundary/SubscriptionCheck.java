package org.deskline.billing.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.deskline.alert.control.AlertOutbox;
import org.deskline.alert.entity.AlertType;
import org.deskline.billing.control.BillingSettings;
import org.deskline.billing.control.SubscriptionTerms;
import org.deskline.billing.entity.Subscription;
import org.deskline.billing.entity.SubscriptionEvent;
import org.deskline.billing.entity.SubscriptionStatus;
import org.deskline.organization.entity.Organization;
import org.deskline.platform.control.JsonDocs;

/** One subscription brought up to date (status, warning, next check), with its alerts, in one transaction. */
@Stateless
public class SubscriptionCheck {

    @PersistenceContext
    EntityManager em;

    @Inject
    BillingSettings settings;

    @Inject
    AlertOutbox alerts;

    @Inject
    Clock clock;

    @Inject
    org.deskline.billing.control.SubscriptionPlans slaPlans;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void check(long id) {
        Subscription s = em.find(Subscription.class, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (s == null || s.getNextCheckAt() == null || s.getNextCheckAt().isAfter(now)) {
            return; // another server did it meanwhile
        }
        SubscriptionTerms terms = settings.terms();
        LocalDate today = terms.today(now);
        if (s.getNextPlan() != null && !today.isBefore(s.getNextPlanFrom())) {
            String from = s.getPlan().getCode();
            String to = s.getNextPlan().getCode();
            s.changePlanNow(s.getNextPlan());
            em.persist(new SubscriptionEvent(s.getId(), now, "DOWNGRADED", from, to, today, "system",
                    "the downgrade chosen for this term"));
            slaPlans.follow(s);
        }
        SubscriptionStatus status = terms.statusOn(today, s.getEndsOn(), s.getGraceDays());
        if (status != s.getStatus()) {
            SubscriptionStatus from = s.getStatus();
            s.moveTo(status);
            em.persist(new SubscriptionEvent(s.getId(), now, status.name(), s.getPlan().getCode(),
                    s.getPlan().getCode(), today, "system", "status " + from + " -> " + status));
            if (status != SubscriptionStatus.ACTIVE) {
                alert(s, status == SubscriptionStatus.GRACE ? AlertType.SUBSCRIPTION_GRACE
                        : AlertType.SUBSCRIPTION_EXPIRED);
            }
        }
        if (status == SubscriptionStatus.ACTIVE && !s.isExpiryWarned() && !now.isBefore(terms.warnAt(s.getEndsOn()))) {
            s.markWarned(true);
            alert(s, AlertType.SUBSCRIPTION_EXPIRING);
        }
        Instant next = terms.nextCheck(now, s.getEndsOn(), s.getGraceDays(), s.isExpiryWarned());
        if (s.getNextPlan() != null) {
            Instant switchAt = terms.startOf(s.getNextPlanFrom());
            next = next == null || switchAt.isBefore(next) ? switchAt : next;
        }
        s.checkAt(next);
    }

    private void alert(Subscription s, AlertType type) {
        alerts.record(type, em.find(Organization.class, s.getOrganizationId()), "billing", JsonDocs.object()
                .add("subject", "SUBSCRIPTION").add("subscriptionId", s.getId()).add("plan", s.getPlan().getCode())
                .add("kind", s.getKind().name()).add("status", s.getStatus().name())
                .add("endsOn", s.getEndsOn().toString())
                .add("graceEndsOn", s.getEndsOn().plusDays(s.getGraceDays()).toString()).build());
    }
}
