package org.deskline.sla.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.deskline.organization.entity.Organization;
import org.deskline.sla.entity.PlanTarget;
import org.deskline.sla.entity.SlaMetric;
import org.deskline.sla.entity.SlaMetricKind;
import org.deskline.sla.entity.SlaMetricState;
import org.deskline.sla.entity.SupportPlan;
import org.deskline.security.entity.Tier;
import org.deskline.ticket.control.TicketChanged;
import org.deskline.ticket.entity.Ticket;
import org.deskline.ticket.entity.TicketAction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * S4: keeps every ticket's clocks in step with its history, in the changing transaction: opens them, pauses and
 * resumes resolution, meets responses, recomputes deadlines from the ledger when targets change, and tells the
 * scheduler (after commit) when a nearer alert is owed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SlaTracker {

    @PersistenceContext
    EntityManager em;

    @Inject
    SupportPlans plans;

    private static final String HAS_OPEN_CLOCK = "exists (select m.id from SlaMetric m where m.ticketId = t.id "
            + "and m.state in (org.deskline.sla.entity.SlaMetricState.RUNNING, "
            + "org.deskline.sla.entity.SlaMetricState.PAUSED))";

    @Inject
    SlaCalendars calendars;

    @Inject
    Event<SlaArmed> armed;

    @Inject
    SlaTiers tiers;

    @Inject
    java.time.Clock clock;

    @Inject
    @ConfigProperty(name = "desk.sla.warn.percent", defaultValue = "75")
    int warnPercent;

    void follow(@Observes TicketChanged change) {
        if (!change.ticket().getKind().runsSupportClocks()) {
            return;
        }
        switch (change.action()) {
            case OPEN -> opened(change.ticket(), change.at());
            case RECLASSIFY -> {
                retarget(change.ticket());
                tiers.reroute(change.ticket(), change.at()); // S5: the first tier follows the type of question
            }
            case EMERGENCY_FLAGGED, EMERGENCY_CLEARED -> retarget(change.ticket());
            case PROPOSE -> proposed(change.ticket(), change.at());
            case DECLINE_PROPOSAL -> proposalOwed(change.ticket(), change.at());
            case SCHEDULE -> scheduled(change.ticket(), change.at());
            default -> change.action().transition().ifPresent(a -> apply(change.ticket(), change.at(), a));
        }
    }

    /** The organization's plan (S1). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SupportPlan planOf(long organizationId) {
        Organization organization = em.find(Organization.class, organizationId);
        return plans.find(organization.getSlaPlanCode());
    }

    /** The plan a project's tickets run on (S1, B1): the one its own subscription gave it, else its organization's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SupportPlan planOf(org.deskline.organization.entity.Project project) {
        return plans.find(project.planCode());
    }

    /** The plan the ticket runs on: its project's (S1, B1). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SupportPlan planOf(Ticket ticket) {
        return planOf(ticket.getProject());
    }

    /** A ticket's clocks, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SlaMetric> metricsOf(long ticketId) {
        return em.createNamedQuery(SlaMetric.OF_TICKET, SlaMetric.class)
                .setParameter("ticket", ticketId).getResultList();
    }

    /** S4: a plan's targets or calendar changed: every running clock of its organizations is recomputed. */
    public int retargetPlan(String planCode) {
        return retargetAll(em.createQuery("select t from Ticket t where (t.project.slaPlanCode = :plan or "
                + "(t.project.slaPlanCode is null and t.organizationId in "
                + "(select o.id from Organization o where o.slaPlanCode = :plan))) and " + HAS_OPEN_CLOCK, Ticket.class)
                .setParameter("plan", planCode).getResultList());
    }

    /** S4: an organization moved to another plan: its running clocks are recomputed. */
    public int retargetOrganization(long organizationId) {
        return retargetAll(em.createQuery("select t from Ticket t where t.organizationId = :org and "
                + HAS_OPEN_CLOCK, Ticket.class).setParameter("org", organizationId).getResultList());
    }

    /** S2: a calendar's week or holidays changed: the deadlines of the clocks running on it are recomputed. */
    public int rescheduleCalendar(String calendarCode) {
        List<SlaMetric> running = em.createQuery("select m from SlaMetric m where m.calendar = :calendar "
                + "and m.state = org.deskline.sla.entity.SlaMetricState.RUNNING", SlaMetric.class)
                .setParameter("calendar", calendarCode).getResultList();
        reschedule(running);
        return running.size();
    }

    private int retargetAll(List<Ticket> tickets) {
        tickets.forEach(this::retarget);
        return tickets.size();
    }

    public int warnPercent() {
        return warnPercent;
    }

    private void opened(Ticket ticket, Instant at) {
        em.flush(); // the clocks refer to the ticket row by id alone: it must be written first
        SupportPlan plan = planOf(ticket);
        PlanTarget target = plan.targetFor(ticket.getPriority(), ticket.isEmergency()); // S3
        String calendar = SlaCalendars.nameFor(ticket, plan);
        SlaMetric first = new SlaMetric(ticket.getId(), ticket.getOrganizationId(), SlaMetricKind.FIRST_RESPONSE, 0,
                target.response(), calendar, at).judgedBy(plan.getCode());
        // T1: a development request owes a proposal, then the agreed delivery date; never the support resolution
        SlaMetric second = developmentClocks(ticket)
                ? new SlaMetric(ticket.getId(), ticket.getOrganizationId(), SlaMetricKind.PROPOSAL, 0,
                        plan.proposalTarget(), calendar, at).judgedBy(plan.getCode())
                : new SlaMetric(ticket.getId(), ticket.getOrganizationId(), SlaMetricKind.RESOLUTION, 0,
                        target.resolution(), calendar, at).judgedBy(plan.getCode());
        em.persist(first);
        em.persist(second);
        reschedule(List.of(first, second));
        Tier start = plan.routing().startTier(ticket.getKind(), ticket.getCategory()); // S5
        tiers.enter(ticket, start, at, "deskline", true, start == Tier.L1 ? "opened" : "opened; routed to " + start
                + " (" + (ticket.getKind() == org.deskline.ticket.entity.TicketKind.DEVELOPMENT_REQUEST
                ? "development request" : ticket.getCategory()) + ")");
    }

    /**
     * T1: a development request (not an emergency: that runs on the emergency targets like any other) runs on a
     * proposal target and then the agreed delivery date.
     */
    static boolean developmentClocks(Ticket ticket) {
        return ticket.getKind() == org.deskline.ticket.entity.TicketKind.DEVELOPMENT_REQUEST && !ticket.isEmergency();
    }

    /** T1: the proposal owed is given. */
    private void proposed(Ticket ticket, Instant at) {
        List<SlaMetric> open = metricsOf(ticket.getId()).stream()
                .filter(m -> m.getMetric() == SlaMetricKind.PROPOSAL && m.getState().open()).toList();
        open.forEach(m -> m.end(at, SlaMetricState.MET));
        reschedule(open);
    }

    /** T1: the customer declined the proposal: a revised one is owed, on a new round of the proposal clock. */
    private void proposalOwed(Ticket ticket, Instant at) {
        if (!developmentClocks(ticket)) {
            return;
        }
        SupportPlan plan = planOf(ticket);
        int round = metricsOf(ticket.getId()).stream().filter(m -> m.getMetric() == SlaMetricKind.PROPOSAL)
                .mapToInt(SlaMetric::getRound).max().orElse(-1) + 1;
        SlaMetric owed = new SlaMetric(ticket.getId(), ticket.getOrganizationId(), SlaMetricKind.PROPOSAL, round,
                plan.proposalTarget(), SlaCalendars.nameFor(ticket, plan), at).judgedBy(plan.getCode());
        em.persist(owed);
        reschedule(List.of(owed));
    }

    /**
     * T1: the request is scheduled: its resolution clock runs to the agreed delivery date (around the clock: a date
     * is a date); a new date replaces the old one, keeping the record of the first.
     */
    private void scheduled(Ticket ticket, Instant at) {
        if (!developmentClocks(ticket) || ticket.getPlannedFor() == null) {
            return;
        }
        List<SlaMetric> metrics = metricsOf(ticket.getId());
        List<SlaMetric> changed = new java.util.ArrayList<>();
        metrics.stream().filter(m -> m.getMetric() == SlaMetricKind.RESOLUTION && m.getState().open()).forEach(m -> {
            m.end(at, SlaMetricState.CANCELLED);
            changed.add(m);
        });
        int round = metrics.stream().filter(m -> m.getMetric() == SlaMetricKind.RESOLUTION)
                .mapToInt(SlaMetric::getRound).max().orElse(-1) + 1;
        Duration untilAgreed = Duration.between(at, ticket.getPlannedFor());
        if (untilAgreed.getNano() > 0) {
            untilAgreed = Duration.ofSeconds(untilAgreed.getSeconds() + 1); // targets are whole seconds: never early
        }
        SlaMetric delivery = new SlaMetric(ticket.getId(), ticket.getOrganizationId(), SlaMetricKind.RESOLUTION,
                round, untilAgreed, SlaCalendars.ALL_DAY, at)
                .judgedBy(planOf(ticket).getCode());
        em.persist(delivery);
        changed.add(delivery);
        reschedule(changed);
    }

    /**
     * T1 for the development requests opened before their own clocks existed (schema V31): each open one still
     * running the support resolution clock gets the proposal clock from its opening (met when its first proposal was
     * made) and, once scheduled, the agreed delivery date; the support resolution clock is cancelled, no longer owed.
     * Idempotent and safe on several servers at once (the ticket row is locked and checked again).
     *
     * @return how many requests were moved to their own clocks
     */
    public int adoptDevelopmentClocks() {
        List<Long> ids = em.createQuery("select t.id from Ticket t where t.kind = "
                + "org.deskline.ticket.entity.TicketKind.DEVELOPMENT_REQUEST and t.status <> "
                + "org.deskline.ticket.entity.TicketStatus.CLOSED and not exists (select m.id from SlaMetric m where "
                + "m.ticketId = t.id and m.metric = org.deskline.sla.entity.SlaMetricKind.PROPOSAL) order by t.id",
                Long.class).getResultList();
        int adopted = 0;
        for (long id : ids) {
            Ticket ticket = em.find(Ticket.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            List<SlaMetric> metrics = metricsOf(id);
            if (!developmentClocks(ticket) || metrics.isEmpty()
                    || metrics.stream().anyMatch(m -> m.getMetric() == SlaMetricKind.PROPOSAL)) {
                continue; // an emergency (support targets), no clocks at all (before S1), or another server was first
            }
            Instant now = clock.instant();
            List<SlaMetric> changed = new java.util.ArrayList<>();
            metrics.stream().filter(m -> m.getMetric() == SlaMetricKind.RESOLUTION && m.getState().open())
                    .forEach(m -> {
                        m.end(now, SlaMetricState.CANCELLED);
                        changed.add(m);
                    });
            SupportPlan plan = planOf(ticket);
            SlaMetric proposal = new SlaMetric(id, ticket.getOrganizationId(), SlaMetricKind.PROPOSAL, 0,
                    plan.proposalTarget(), SlaCalendars.nameFor(ticket, plan), ticket.getCreatedAt())
                    .judgedBy(plan.getCode());
            // ordered read, not min(): an aggregate would bypass the Instant converter on PostgreSQL
            em.createQuery("select p.createdAt from Proposal p where p.ticketId = :t order by p.createdAt",
                            Instant.class).setParameter("t", id).setMaxResults(1).getResultStream().findFirst()
                    .ifPresent(offered -> proposal.end(offered, SlaMetricState.MET));
            em.persist(proposal);
            changed.add(proposal);
            reschedule(changed);
            if (ticket.getPlannedFor() != null) {
                scheduled(ticket, now);
            }
            adopted++;
        }
        return adopted;
    }

    private void apply(Ticket ticket, Instant at, TicketAction action) {
        SlaRules.Effect effect = SlaRules.after(action, ticket.getDeferralReason());
        List<SlaMetric> metrics = metricsOf(ticket.getId());
        List<SlaMetric> openResponses = metrics.stream()
                .filter(m -> (m.getMetric() == SlaMetricKind.FIRST_RESPONSE
                        || m.getMetric() == SlaMetricKind.NEXT_RESPONSE) && m.getState().open()).toList();
        if (effect.answersResponse()) {
            openResponses.forEach(m -> m.end(at, SlaMetricState.MET));
        }
        if (effect.cancelsResponse()) {
            openResponses.forEach(m -> m.end(at, SlaMetricState.CANCELLED));
        }
        if (effect.awaitsResponse() && openResponses.isEmpty() && !metrics.isEmpty()) {
            SupportPlan plan = planOf(ticket);
            int round = metrics.stream().filter(m -> m.getMetric() == SlaMetricKind.NEXT_RESPONSE)
                    .mapToInt(SlaMetric::getRound).max().orElse(0) + 1;
            SlaMetric next = new SlaMetric(ticket.getId(), ticket.getOrganizationId(), SlaMetricKind.NEXT_RESPONSE,
                    round, plan.nextResponse(), SlaCalendars.nameFor(ticket, plan), at).judgedBy(plan.getCode());
            em.persist(next);
            metrics = new java.util.ArrayList<>(metrics);
            metrics.add(next);
        }
        // the latest round: a rescheduled development request's delivery clock (T1); a support ticket has one
        metrics.stream().filter(m -> m.getMetric() == SlaMetricKind.RESOLUTION)
                .max(Comparator.comparingInt(SlaMetric::getRound)).ifPresent(r -> {
            switch (effect.resolution()) {
                case RUN -> {
                    r.resume(at);
                    r.reopen(at);
                }
                case PAUSE -> r.pause(at, effect.pauseReason());
                case MEET -> r.end(at, SlaMetricState.MET);
                case CANCEL -> r.end(at, SlaMetricState.CANCELLED);
                case UNCHANGED -> {
                }
            }
        });
        // T1: a proposal still owed pauses and resumes with the ticket, and is no longer owed once it closes
        metrics.stream().filter(m -> m.getMetric() == SlaMetricKind.PROPOSAL).forEach(p -> {
            switch (effect.resolution()) {
                case RUN -> p.resume(at);
                case PAUSE -> p.pause(at, effect.pauseReason());
                case MEET, CANCEL -> p.end(at, SlaMetricState.CANCELLED);
                case UNCHANGED -> {
                }
            }
        });
        reschedule(metrics);
        if (effect.reacts()) {
            tiers.reacted(ticket, at);
        }
        if (effect.resolution() == SlaRules.Resolution.MEET || effect.resolution() == SlaRules.Resolution.CANCEL) {
            tiers.leave(ticket, at);
        } else if (action == TicketAction.REOPEN) {
            Tier tier = tiers.current(ticket.getId()).orElse(Tier.L1);
            tiers.enter(ticket, tier, at, "deskline", true, "reopened");
        }
    }

    /** S4: priority, plan or emergency changed: new targets, same ledger, deadlines recomputed. */
    private void retarget(Ticket ticket) {
        SupportPlan plan = planOf(ticket);
        PlanTarget target = plan.targetFor(ticket.getPriority(), ticket.isEmergency()); // S3
        String calendar = SlaCalendars.nameFor(ticket, plan);
        List<SlaMetric> open = metricsOf(ticket.getId()).stream().filter(m -> m.getState().open()).toList();
        for (SlaMetric m : open) {
            m.judgedBy(plan.getCode()); // S7: a running clock is judged by the plan now in force
            if (m.getMetric() == SlaMetricKind.RESOLUTION && developmentClocks(ticket)) {
                continue; // T1: the agreed delivery date depends on nothing here
            }
            Duration goal = switch (m.getMetric()) {
                case FIRST_RESPONSE -> target.response();
                case NEXT_RESPONSE -> plan.nextResponse();
                case RESOLUTION -> target.resolution();
                case PROPOSAL -> plan.proposalTarget();
                case TIER_REACTION -> m.target(); // a tier's target does not depend on the priority
            };
            m.retarget(goal, calendar);
        }
        reschedule(open);
    }

    private void reschedule(List<SlaMetric> metrics) {
        metrics.forEach(m -> m.schedule(calendars.forName(m.getCalendar()), warnPercent));
        Optional<Instant> nearest = metrics.stream().map(SlaMetric::getNextAlertAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
        nearest.ifPresent(at -> armed.fire(new SlaArmed(at)));
    }
}
