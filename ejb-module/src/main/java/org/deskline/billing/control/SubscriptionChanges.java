package org.deskline.billing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.deskline.billing.entity.BillingPlan;
import org.deskline.billing.entity.Subscription;
import org.deskline.billing.entity.SubscriptionEvent;
import org.deskline.billing.entity.SubscriptionStatus;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;

/**
 * B1 changes to a subscription, the same whether a customer system asks (SOAP) or staff act for the customer
 * (console): renewal and plan changes, each recorded in the subscription's history. The caller has found and locked
 * the subscription (and checked it belongs to whoever asks).
 */
@ApplicationScoped
public class SubscriptionChanges {

    /** How early a running term may be renewed. */
    public static final int RENEWAL_WINDOW_DAYS = 60;

    @PersistenceContext
    EntityManager em;

    @Inject
    BillingSettings settings;

    @Inject
    Clock clock;

    @Inject
    SubscriptionPlans slaPlans;

    /**
     * B1: renews for one more term of the plan (a waiting downgrade takes effect with it): while active (at most 60
     * days before the last day) or in grace the new term follows the old one without a gap; an expired subscription
     * starts again today.
     */
    public Subscription renew(Subscription s, String actor) {
        long subscriptionId = s.getId();
        SubscriptionTerms terms = settings.terms();
        Instant now = clock.instant();
        LocalDate today = terms.today(now);
        SubscriptionStatus status = terms.statusOn(today, s.getEndsOn(), s.getGraceDays());
        if (status == SubscriptionStatus.ACTIVE && today.isBefore(s.getEndsOn().minusDays(RENEWAL_WINDOW_DAYS))) {
            throw new DeskException(ErrorCode.ILLEGAL_TRANSITION, "subscriptionId", "B1", "Subscription "
                    + subscriptionId + " runs until " + s.getEndsOn() + "; it can be renewed from "
                    + s.getEndsOn().minusDays(RENEWAL_WINDOW_DAYS) + ".");
        }
        String from = s.getPlan().getCode();
        BillingPlan next = s.getNextPlan() == null ? s.getPlan() : s.getNextPlan();
        LocalDate[] term = terms.renewal(today, s.getEndsOn(), s.getGraceDays(), next.getTermMonths());
        // without a gap the subscription simply runs longer (its first day stays; a waiting downgrade still applies
        // from the day after the old term); an expired one starts again today, on the downgraded plan if one waits
        boolean continuous = term[0].equals(s.getEndsOn().plusDays(1));
        if (!continuous && s.getNextPlan() != null) {
            s.changePlanNow(s.getNextPlan());
        }
        s.term(continuous ? s.getStartsOn() : term[0], term[1]);
        s.moveTo(terms.statusOn(today, term[1], s.getGraceDays()));
        s.checkAt(now);
        em.persist(new SubscriptionEvent(s.getId(), now, "RENEWED", from, s.getPlan().getCode(), term[0], actor,
                "term " + term[0] + " to " + term[1]));
        slaPlans.follow(s);
        return s;
    }

    /**
     * B1: another plan of the same kind: a higher-ranked plan (upgrade) applies at once, a lower one (downgrade) from
     * the next term.
     */
    public Subscription changePlan(Subscription s, String planCode, String actor) {
        long subscriptionId = s.getId();
        BillingPlan plan = planCode == null ? null : em.find(BillingPlan.class, planCode);
        if (plan == null || !plan.isOffered()) {
            throw DeskException.notFound("planCode", "plan", planCode);
        }
        if (plan.getKind() != s.getKind()) {
            throw DeskException.invalid("planCode", "B1", "Plan " + planCode + " is a " + plan.getKind()
                    + " plan; subscription " + subscriptionId + " is " + s.getKind() + ".");
        }
        if (plan.getCode().equals(s.getPlan().getCode())) {
            throw DeskException.invalid("planCode", "B1", "Subscription " + subscriptionId + " is on " + planCode
                    + " already.");
        }
        SubscriptionTerms terms = settings.terms();
        Instant now = clock.instant();
        LocalDate today = terms.today(now);
        if (terms.statusOn(today, s.getEndsOn(), s.getGraceDays()) == SubscriptionStatus.EXPIRED) {
            throw new DeskException(ErrorCode.ILLEGAL_TRANSITION, "subscriptionId", "B1", "Subscription "
                    + subscriptionId + " has expired: renew it first.");
        }
        String from = s.getPlan().getCode();
        if (plan.getRank() > s.getPlan().getRank()) {
            s.changePlanNow(plan);
            em.persist(new SubscriptionEvent(s.getId(), now, "UPGRADED", from, plan.getCode(), today, actor, null));
            slaPlans.follow(s);
        } else {
            s.changePlanNextTerm(plan, s.getEndsOn().plusDays(1));
            s.checkAt(now); // the watch plans the switch
            em.persist(new SubscriptionEvent(s.getId(), now, "DOWNGRADE_SCHEDULED", from, plan.getCode(),
                    s.getEndsOn().plusDays(1), actor, "from the next term"));
        }
        return s;
    }
}
