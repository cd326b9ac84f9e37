package org.deskline.billing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.deskline.billing.control.BillingRules;
import org.deskline.billing.entity.BillingPlan;
import org.deskline.billing.entity.Money;
import org.deskline.billing.entity.PlanKind;
import org.deskline.platform.DeskException;
import org.deskline.security.control.Audited;
import org.deskline.security.entity.Groups;

/** B1: the plans on offer, defined and revised by managers and administrators. */
@Stateless
@RolesAllowed({Groups.ADMIN, Groups.MANAGER})
public class PlanCatalog {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    org.deskline.billing.control.SubscriptionPlans slaPlans;

    @jakarta.inject.Inject
    org.deskline.billing.control.BillingSettings settings;

    @jakarta.inject.Inject
    java.time.Clock clock;

    @jakarta.inject.Inject
    org.deskline.organization.control.PlanDirectory slaPlanDirectory;

    /** B1: a new plan on offer. */
    @Audited
    public BillingPlan definePlan(String code, String name, PlanKind kind, int termMonths,
                                  Money price, Money hourlyRate, int rank) {
        return definePlan(code, name, kind, termMonths, price, hourlyRate, rank, null);
    }

    /** B1: a new plan on offer; a support plan may sell an SLA plan ({@code slaPlan}; null: none). */
    @Audited
    public BillingPlan definePlan(String code, String name, PlanKind kind, int termMonths,
                                  Money price, Money hourlyRate, int rank, String slaPlan) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_-]{1,39}")) {
            throw DeskException.invalid("code", "B1", "A plan code is 2-40 capital letters, digits, _ or -.");
        }
        BillingRules.checkPlanTerms(name, price, hourlyRate);
        if (kind == null) {
            throw DeskException.invalid("kind", "B1", "A plan is SUPPORT or HOSTING.");
        }
        if (termMonths < 1 || termMonths > BillingRules.TERM_MONTHS_MAX) {
            throw DeskException.invalid("termMonths", "B1", "A term is 1 to " + BillingRules.TERM_MONTHS_MAX
                    + " months.");
        }
        if (em.find(BillingPlan.class, code) != null) {
            throw DeskException.invalid("code", "B1", "A plan " + code + " exists already.");
        }
        BillingPlan plan = new BillingPlan(code, name.strip(), kind, termMonths, price, hourlyRate, rank);
        plan.sells(slaPlan(kind, slaPlan));
        em.persist(plan);
        return plan;
    }

    /** B1: changes a plan from now on: time logged and invoices issued before keep the figures they were priced at. */
    @Audited
    public BillingPlan revisePlan(String code, String name, Money price, Money hourlyRate, int rank,
                                  boolean offered) {
        BillingPlan plan = em.find(BillingPlan.class, code);
        return revisePlan(code, name, price, hourlyRate, rank, offered, plan == null ? null : plan.getSlaPlanCode());
    }

    /**
     * B1: as above, and the SLA plan the (support) plan sells from now on: every subscription to it still in force
     * (active or in grace) moves its organization or project to that SLA plan at once, running clocks retargeted.
     */
    @Audited
    public BillingPlan revisePlan(String code, String name, Money price, Money hourlyRate, int rank,
                                  boolean offered, String slaPlan) {
        BillingPlan plan = em.find(BillingPlan.class, code);
        if (plan == null) {
            throw DeskException.notFound("code", "billing plan", code);
        }
        BillingRules.checkPlanTerms(name, price, hourlyRate);
        String sold = slaPlan(plan.getKind(), slaPlan);
        plan.revise(name.strip(), price, hourlyRate, rank, offered);
        if (!java.util.Objects.equals(sold, plan.getSlaPlanCode())) {
            plan.sells(sold);
            var terms = settings.terms();
            var today = terms.today(clock.instant());
            em.createQuery("select s from Subscription s where s.plan = :plan order by s.id",
                            org.deskline.billing.entity.Subscription.class)
                    .setParameter("plan", plan).getResultStream()
                    .filter(s -> terms.statusOn(today, s.getEndsOn(), s.getGraceDays())
                            != org.deskline.billing.entity.SubscriptionStatus.EXPIRED)
                    .forEach(slaPlans::follow);
        }
        return plan;
    }

    /** B1: only a support plan sells an SLA plan, and only one that exists. */
    private String slaPlan(PlanKind kind, String slaPlan) {
        String code = slaPlan == null || slaPlan.isBlank() ? null : slaPlan.strip();
        if (code == null) {
            return null;
        }
        if (kind != PlanKind.SUPPORT) {
            throw DeskException.invalid("slaPlan", "B1", "Only a support plan sells an SLA plan; this one is " + kind
                    + ".");
        }
        if (em.find(org.deskline.sla.entity.SupportPlan.class, code) == null) {
            throw DeskException.notFound("slaPlan", "SLA plan", code);
        }
        return code;
    }

    /** B1: the SLA plans a support plan can sell. */
    public List<org.deskline.organization.control.PlanDirectory.PlanChoice> slaPlans() {
        return slaPlanDirectory.choices();
    }

    /** Every plan, by kind and rank. */
    public List<BillingPlan> plans() {
        return em.createQuery("select p from BillingPlan p order by p.kind, p.rank, p.code", BillingPlan.class)
                .getResultList();
    }
}
