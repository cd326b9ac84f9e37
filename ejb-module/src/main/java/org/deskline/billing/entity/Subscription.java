package org.deskline.billing.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.deskline.organization.entity.Project;
import org.deskline.platform.entity.SequencedEntity;

/**
 * B1: an organization's subscription to a plan for a term (first and last day, inclusive), its status, a downgrade
 * waiting for the next term, and when the expiry timer must look at it next (database-driven: a server that was down
 * catches up at start).
 */
@Entity
@NamedQuery(name = Subscription.DUE, query = "select s.id from Subscription s where s.nextCheckAt <= :now "
        + "order by s.nextCheckAt")
@NamedQuery(name = Subscription.OF_ORGANIZATION, query = "select s from Subscription s join fetch s.plan "
        + "left join fetch s.project where s.organizationId = :org order by s.kind, s.endsOn desc, s.id")
public class Subscription extends SequencedEntity {

    public static final String DUE = "Subscription.due";
    public static final String OF_ORGANIZATION = "Subscription.ofOrganization";

    @Version
    private long version;

    private Long organizationId;

    /** B1: the one project the subscription covers; null: the whole organization. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_code")
    private BillingPlan plan;

    @Enumerated(EnumType.STRING)
    private PlanKind kind;

    private LocalDate startsOn;

    private LocalDate endsOn;

    private int graceDays;

    @Enumerated(EnumType.STRING)
    private SubscriptionStatus status;

    @ManyToOne
    @JoinColumn(name = "next_plan_code")
    private BillingPlan nextPlan;

    private LocalDate nextPlanFrom;

    private Instant nextCheckAt;

    private boolean expiryWarned;

    protected Subscription() {
    }

    public Subscription(long organizationId, BillingPlan plan, LocalDate startsOn, LocalDate endsOn, int graceDays) {
        this(organizationId, null, plan, startsOn, endsOn, graceDays);
    }

    /** B1: a subscription for one project of the organization (null: for all of it). */
    public Subscription(long organizationId, Project project, BillingPlan plan, LocalDate startsOn, LocalDate endsOn,
                        int graceDays) {
        this.organizationId = organizationId;
        this.project = project;
        this.plan = plan;
        this.kind = plan.getKind();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.graceDays = graceDays;
        this.status = SubscriptionStatus.ACTIVE;
    }

    public void moveTo(SubscriptionStatus newStatus) {
        this.status = newStatus;
    }

    public void checkAt(Instant next) {
        this.nextCheckAt = next;
    }

    public void markWarned(boolean warned) {
        this.expiryWarned = warned;
    }

    /** A new term (renewal): the first and last day the subscription now covers. */
    public void term(LocalDate from, LocalDate to) {
        this.startsOn = from;
        this.endsOn = to;
        this.expiryWarned = false;
    }

    public void changePlanNow(BillingPlan newPlan) {
        this.plan = newPlan;
        this.nextPlan = null;
        this.nextPlanFrom = null;
    }

    /** A downgrade: the plan changes on {@code from} (the day after the current term), by the expiry watch. */
    public void changePlanNextTerm(BillingPlan newPlan, LocalDate from) {
        this.nextPlan = newPlan;
        this.nextPlanFrom = from;
    }

    public LocalDate getNextPlanFrom() {
        return nextPlanFrom;
    }

    public long getVersion() {
        return version;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    /** The one project the subscription covers, or null for the whole organization. */
    public Project getProject() {
        return project;
    }

    public Long getProjectId() {
        return project == null ? null : project.getId();
    }

    public BillingPlan getPlan() {
        return plan;
    }

    public PlanKind getKind() {
        return kind;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public int getGraceDays() {
        return graceDays;
    }

    public SubscriptionStatus getStatus() {
        return status;
    }

    public BillingPlan getNextPlan() {
        return nextPlan;
    }

    public Instant getNextCheckAt() {
        return nextCheckAt;
    }

    public boolean isExpiryWarned() {
        return expiryWarned;
    }
}
