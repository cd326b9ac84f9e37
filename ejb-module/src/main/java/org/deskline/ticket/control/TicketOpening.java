package org.deskline.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deskline.organization.entity.Project;
import org.deskline.ticket.entity.Channel;
import org.deskline.ticket.entity.HistoryAction;
import org.deskline.ticket.entity.Ticket;
import org.deskline.ticket.entity.TicketAction.Actor;
import org.deskline.ticket.entity.Visibility;

/**
 * Opens tickets, whoever asks: a customer system over SOAP or an agent logging a phone call (T14). One place
 * for T2, T9, T10 and T13, the opening message, the history entry and the alerts, in the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TicketOpening {

    private static final String ACTIVE = "select t from Ticket t where t.project = :project "
            + "and t.status <> org.deskline.ticket.entity.TicketStatus.CLOSED";

    @PersistenceContext
    EntityManager em;

    @Inject
    TicketAlerts alerts;

    @Inject
    TicketJournal journal;

    @Inject
    TicketPolicy policy;

    @Inject
    TicketPolicies policies;

    @Inject
    CoverageGate coverage;

    @Inject
    EmergencyRefusals refusals;

    @Inject
    PriorityOffer priorities;

    @Inject
    Clock clock;

    /**
     * Opens a request on the project {@code projectOf} finds for it (scoped by the caller: a customer system finds
     * only its organization's projects): T2's checks first, then T13 (a retry with the same request id returns the
     * first ticket and changes nothing), then the project's limits.
     */
    public Ticket open(NewTicket request, java.util.function.Function<NewTicket, Project> projectOf, Channel channel,
                       Actor actorKind, String createdBy) {
        NewTicket checked = TicketRules.checkNew(request);
        Optional<Ticket> first = earlier(createdBy, checked.requestId());
        if (first.isPresent()) {
            return first.get();
        }
        return open(projectOf.apply(checked), checked, channel, actorKind, createdBy);
    }

    /** The ticket a creator opened earlier with this request id (T13), if any. */
    public Optional<Ticket> earlier(String createdBy, String requestId) {
        if (requestId == null) {
            return Optional.empty();
        }
        return em.createQuery("select t from Ticket t where t.createdBy = :by and t.requestId = :requestId",
                        Ticket.class)
                .setParameter("by", createdBy).setParameter("requestId", requestId)
                .getResultStream().findFirst();
    }

    private long countActive(Project project, NewTicket checked) {
        return em.createQuery(ACTIVE.replace("select t ", "select count(t) ") + " and t.kind = :kind", Long.class)
                .setParameter("project", project).setParameter("kind", checked.kind())
                .getSingleResult();
    }

    /**
     * Opens a checked request on a project, under the project's limits: what the two entry points above pass on,
     * and what the system opens by itself (maintenance runs, site transfers).
     */
    public Ticket open(Project project, NewTicket checked, Channel channel, Actor actorKind, String createdBy) {
        if (checked.kind().customerMayOpen()) {
            coverage.checkMayOpen(project, checked.kind(), checked.emergency()); // B1
        }
        if (checked.emergency() && actorKind == Actor.CUSTOMER) {
            // before the project lock: the refusal's alert is written in a transaction of its own
            List<Long> recent = em.createQuery("select t.id from Ticket t where t.project = :project "
                            + "and t.emergency = true and t.createdAt > :since and t.channel = :channel order by t.id",
                            Long.class)
                    .setParameter("project", project).setParameter("channel", channel)
                    .setParameter("since", clock.instant().minus(EmergencyRefusals.WINDOW)).getResultList();
            if (policy.maxEmergenciesPerDay() > 0 && recent.size() >= policy.maxEmergenciesPerDay()) {
                refusals.refused(project.getId(), policy.maxEmergenciesPerDay(), recent, createdBy);
            }
            TicketLimits.checkEmergencies(recent, policy);
        }
        // serialises concurrent creations per project, so the T9 count cannot be raced past
        em.lock(project, LockModeType.PESSIMISTIC_WRITE);
        List<Ticket> candidates = new ArrayList<>(em.createQuery(ACTIVE + " and t.titleKey = :key", Ticket.class)
                .setParameter("project", project).setParameter("key", Ticket.titleKey(checked.title()))
                .setMaxResults(1).getResultList());
        // T9 as the project's plan sets it (its own or its organization's, B1)
        TicketPolicy planned = policies.of(project);
        int limit = planned.limitFor(checked.kind());
        if (!checked.emergency() && checked.kind().customerMayOpen() && countActive(project, checked) >= limit) {
            // only a refusal needs the tickets themselves: it names them
            candidates.addAll(em.createQuery(ACTIVE + " and t.kind = :kind order by t.id", Ticket.class)
                    .setParameter("project", project).setParameter("kind", checked.kind())
                    .setMaxResults(limit).getResultList());
        }
        TicketLimits.check(checked, candidates, planned, policies.planOf(project));
        // S1: the plan refuses a priority it does not offer, or downgrades it and says so
        // S3: an emergency is never downgraded or refused for its priority (it runs on the plan's emergency targets)
        PriorityOffer.Offer decision = checked.emergency()
                ? priorities.asEmergency(project, checked.priority())
                : priorities.decide(project, checked.priority());
        Instant now = clock.instant();
        Ticket ticket = new Ticket(project, checked.kind(), checked.category(), decision.priority(),
                checked.emergency(), checked.title(), checked.description(), channel, createdBy, now);
        ticket.identifiedBy(checked.requestId());
        ticket.reported(checked.report().stepsToReproduce(), checked.report().pageUrl(),
                checked.report().productVersion());
        ticket.emergencyBecause(checked.emergencyReason());
        em.persist(ticket);
        journal.message(ticket, now, actorKind, createdBy, Visibility.PUBLIC, checked.description());
        journal.event(ticket, now, actorKind, createdBy, HistoryAction.OPEN, null,
                "channel " + channel + "; plan " + decision.planName() + decision.note().map(n -> "; " + n).orElse(""));
        alerts.raise(TicketAlerts.Notice.TICKET_CREATED, ticket);
        if (ticket.isEmergency()) {
            alerts.raise(TicketAlerts.Notice.EMERGENCY_OPENED, ticket);
        }
        return ticket;
    }
}
