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
import org.deskline.sla.entity.SlaPlan;
import org.deskline.sla.entity.SupportPlan;
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
    EmergencyRefusals refusals;

    @Inject
    Clock clock;

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

    /** Opens a checked request on a project, under the project's limits. */
    public Ticket open(Project project, NewTicket checked, Channel channel, Actor actorKind, String createdBy) {
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
        int limit = policy.limitFor(checked.kind());
        if (!checked.emergency() && checked.kind().customerMayOpen() && countActive(project, checked) >= limit) {
            // only a refusal needs the tickets themselves: it names them
            candidates.addAll(em.createQuery(ACTIVE + " and t.kind = :kind order by t.id", Ticket.class)
                    .setParameter("project", project).setParameter("kind", checked.kind())
                    .setMaxResults(limit).getResultList());
        }
        TicketLimits.check(checked, candidates, policy);
        // S1: the plan refuses a priority it does not offer, or downgrades it and says so
        SupportPlan plan = em.find(SupportPlan.class, project.getOrganization().getSlaPlanCode());
        SlaPlan.Decision decision = plan.rule().decide(checked.priority());
        Instant now = clock.instant();
        Ticket ticket = new Ticket(project, checked.kind(), checked.category(), decision.priority(),
                checked.emergency(), checked.title(), checked.description(), channel, createdBy, now);
        ticket.identifiedBy(checked.requestId());
        ticket.reported(checked.report().stepsToReproduce(), checked.report().pageUrl(),
                checked.report().productVersion());
        em.persist(ticket);
        journal.message(ticket, now, actorKind, createdBy, Visibility.PUBLIC, checked.description());
        journal.event(ticket, now, actorKind, createdBy, HistoryAction.OPEN, null,
                "channel " + channel + "; plan " + plan.getName() + decision.note().map(n -> "; " + n).orElse(""));
        alerts.raise(TicketAlerts.Notice.TICKET_CREATED, ticket);
        if (ticket.isEmergency()) {
            alerts.raise(TicketAlerts.Notice.EMERGENCY_OPENED, ticket);
        }
        return ticket;
    }
}
