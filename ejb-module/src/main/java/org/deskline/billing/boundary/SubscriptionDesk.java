package org.deskline.billing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.deskline.billing.control.BillingRules;
import org.deskline.billing.control.BillingSettings;
import org.deskline.billing.control.SubscriptionChanges;
import org.deskline.billing.control.SubscriptionPlans;
import org.deskline.billing.entity.BillingPlan;
import org.deskline.billing.entity.HoursMovement;
import org.deskline.billing.entity.HoursPackage;
import org.deskline.billing.entity.Money;
import org.deskline.billing.entity.Subscription;
import org.deskline.billing.entity.SubscriptionEvent;
import org.deskline.billing.entity.SubscriptionStatus;
import org.deskline.organization.entity.Organization;
import org.deskline.organization.entity.Project;
import org.deskline.platform.DeskException;
import org.deskline.security.control.Audited;
import org.deskline.security.entity.Groups;

/**
 * B1 and B5 for managers and administrators: subscriptions sold, renewed and moved to another plan for the
 * customer, and prepaid hours packages. The actor recorded is always the caller principal.
 */
@Stateless
@RolesAllowed({Groups.ADMIN, Groups.MANAGER})
public class SubscriptionDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    BillingSettings settings;

    @Inject
    SubscriptionChanges changes;

    @Inject
    SubscriptionPlans slaPlans;

    @Inject
    Clock clock;

    @Inject
    Principal caller;

    /** B1: a new subscription for an organization, from a day, for one term of the plan. */
    @Audited
    public Subscription subscribe(long organizationId, String planCode, LocalDate startsOn) {
        return subscribe(organizationId, (String) null, planCode, startsOn);
    }

    /**
     * B1: a new subscription for an organization, or for one of its projects ({@code projectCode}; blank: all of them),
     * from a day, for one term of the plan. A support plan that sells an SLA plan puts the organization (project) on
     * it at once. One subscription of a kind runs per organization and per project at a time.
     */
    @Audited
    public Subscription subscribe(long organizationId, String projectCode, String planCode, LocalDate startsOn) {
        String actor = caller.getName();
        requireOrganization(organizationId);
        Project project = projectCode == null || projectCode.isBlank() ? null : em.createQuery(
                        "select p from Project p where p.organization.id = :org and p.code = :code", Project.class)
                .setParameter("org", organizationId).setParameter("code", projectCode.strip()).getResultStream()
                .findFirst().orElseThrow(() -> DeskException.notFound("projectCode", "project", projectCode));
        Long projectId = project == null ? null : project.getId();
        BillingPlan plan = plan(planCode);
        if (startsOn == null) {
            throw DeskException.invalid("startsOn", "B1", "A subscription needs its first day.");
        }
        var terms = settings.terms();
        var today = terms.today(clock.instant());
        boolean running = em.createNamedQuery(Subscription.OF_ORGANIZATION, Subscription.class)
                .setParameter("org", organizationId).getResultStream()
                .anyMatch(other -> other.getKind() == plan.getKind()
                        && java.util.Objects.equals(other.getProjectId(), projectId)
                        && terms.statusOn(today, other.getEndsOn(),
                        other.getGraceDays()) != SubscriptionStatus.EXPIRED);
        if (running) {
            throw DeskException.invalid("planCode", "B1", (projectId == null ? "The organization" : "The project")
                    + " has a " + plan.getKind() + " subscription that has not expired: renew it or change its plan "
                    + "instead.");
        }
        Subscription s = new Subscription(organizationId, project, plan, startsOn,
                startsOn.plusMonths(plan.getTermMonths()).minusDays(1), settings.graceDays());
        s.checkAt(clock.instant());
        em.persist(s);
        em.flush();
        em.persist(new SubscriptionEvent(s.getId(), clock.instant(), "CREATED", null, plan.getCode(), startsOn, actor,
                null));
        slaPlans.follow(s);
        return s;
    }

    /** B1: every subscription, by organization (the console's overview). */
    public List<Subscription> subscriptions() {
        return em.createQuery("select s from Subscription s join fetch s.plan left join fetch s.project "
                + "order by s.organizationId, s.kind, s.endsOn desc, s.id", Subscription.class).getResultList();
    }

    /** B1: staff renew a subscription for the customer (same rules as the customer's own renewal). */
    @Audited
    public Subscription renew(long subscriptionId) {
        return changes.renew(subscription(subscriptionId), caller.getName());
    }

    /** B1: staff move a subscription to another plan for the customer. */
    @Audited
    public Subscription changePlan(long subscriptionId, String planCode) {
        return changes.changePlan(subscription(subscriptionId), planCode, caller.getName());
    }

    /** B5: every hours package, by organization. */
    public List<HoursPackage> hoursPackages() {
        return em.createQuery("select p from HoursPackage p order by p.organizationId, p.createdAt, p.id",
                HoursPackage.class).getResultList();
    }

    /** B5: a prepaid package of person-hours for an organization. */
    @Audited
    public HoursPackage sellHours(long organizationId, String name, long hours, Money hourlyRate, LocalDate expiresOn,
                                  boolean overageAllowed, long lowBalanceHours) {
        String actor = caller.getName();
        requireOrganization(organizationId);
        if (name == null || name.isBlank() || name.length() > BillingRules.NAME_LENGTH) {
            throw DeskException.invalid("name", "B5", "A package needs a name of at most " + BillingRules.NAME_LENGTH
                    + " characters.");
        }
        if (hours <= 0 || hours > BillingRules.PACKAGE_HOURS_MAX) {
            throw DeskException.invalid("hours", "B5", "A package holds 1 to " + BillingRules.PACKAGE_HOURS_MAX
                    + " hours.");
        }
        if (lowBalanceHours < 0 || lowBalanceHours >= hours) {
            throw DeskException.invalid("lowBalanceHours", "B5", "The low-balance threshold is below the hours sold.");
        }
        HoursPackage p = new HoursPackage(organizationId, name.strip(), hours * 60, hourlyRate, expiresOn,
                overageAllowed, lowBalanceHours * 60, clock.instant());
        em.persist(p);
        em.flush();
        em.persist(new HoursMovement(p.getId(), clock.instant(), hours * 60, hours * 60,
                null, "purchase of " + hours + " h", actor));
        return p;
    }

    private void requireOrganization(long organizationId) {
        if (em.find(Organization.class, organizationId) == null) {
            throw DeskException.notFound("organizationId", "organization", organizationId);
        }
    }

    private BillingPlan plan(String planCode) {
        BillingPlan plan = planCode == null ? null : em.find(BillingPlan.class, planCode);
        if (plan == null) {
            throw DeskException.notFound("planCode", "plan", planCode);
        }
        return plan;
    }

    private Subscription subscription(long id) {
        Subscription s = em.find(Subscription.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw DeskException.notFound("subscriptionId", "subscription", id);
        }
        return s;
    }
}
