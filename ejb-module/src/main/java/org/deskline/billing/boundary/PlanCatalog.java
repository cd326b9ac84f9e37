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

    /** B1: a new plan on offer. */
    @Audited
    public BillingPlan definePlan(String code, String name, PlanKind kind, int termMonths,
                                  Money price, Money hourlyRate, int rank) {
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
        em.persist(plan);
        return plan;
    }

    /** B1: changes a plan from now on: time logged and invoices issued before keep the figures they were priced at. */
    @Audited
    public BillingPlan revisePlan(String code, String name, Money price, Money hourlyRate, int rank,
                                  boolean offered) {
        BillingPlan plan = em.find(BillingPlan.class, code);
        if (plan == null) {
            throw DeskException.notFound("code", "billing plan", code);
        }
        BillingRules.checkPlanTerms(name, price, hourlyRate);
        plan.revise(name.strip(), price, hourlyRate, rank, offered);
        return plan;
    }

    /** Every plan, by kind and rank. */
    public List<BillingPlan> plans() {
        return em.createQuery("select p from BillingPlan p order by p.kind, p.rank, p.code", BillingPlan.class)
                .getResultList();
    }
}
