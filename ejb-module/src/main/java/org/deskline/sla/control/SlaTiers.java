package org.deskline.sla.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deskline.alert.control.AlertOutbox;
import org.deskline.alert.entity.AlertType;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.platform.control.JsonDocs;
import org.deskline.sla.entity.SlaMetric;
import org.deskline.sla.entity.SlaMetricKind;
import org.deskline.sla.entity.SlaMetricState;
import org.deskline.sla.entity.SupportPlan;
import org.deskline.security.entity.Tier;
import org.deskline.sla.entity.TierStint;
import org.deskline.ticket.control.TicketJournal;
import org.deskline.ticket.control.TicketTiers;
import org.deskline.ticket.entity.HistoryAction;
import org.deskline.ticket.entity.Ticket;
import org.deskline.ticket.entity.TicketAction.Actor;

/**
 * S5: the tiers a ticket passes through. A ticket starts at L1; each stint in a tier has a reaction clock (the
 * plan's target for that tier); when it passes unanswered the ticket escalates by itself to the next tier, and
 * staff can escalate by hand with a reason. Every stint is recorded, so time per tier is known.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SlaTiers implements TicketTiers {

    @PersistenceContext
    EntityManager em;

    @Inject
    SlaTracker tracker;

    @Inject
    TicketJournal journal;

    @Inject
    AlertOutbox alerts;

    @Inject
    SlaCalendars calendars;

    @Inject
    Event<SlaArmed> armed;

    /** The ticket's stints, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TierStint> stints(long ticketId) {
        return em.createQuery("select s from TierStint s where s.ticketId = :t order by s.fromAt, s.id",
                TierStint.class).setParameter("t", ticketId).getResultList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Tier> current(long ticketId) {
        List<TierStint> all = stints(ticketId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1).getTier());
    }

    /** S5/S7: wall time spent in each tier so far. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Tier, Duration> timePerTier(long ticketId, Instant now) {
        Map<Tier, Duration> spent = new EnumMap<>(Tier.class);
        stints(ticketId).forEach(s -> spent.merge(s.getTier(), s.spent(now), Duration::plus));
        return spent;
    }

    /** A new ticket (or a reopened one) enters a tier with a fresh reaction clock. */
    void enter(Ticket ticket, Tier tier, Instant at, String by, boolean automatic, String reason) {
        em.persist(new TierStint(ticket.getId(), tier, at, by, automatic, reason));
        SupportPlan plan = tracker.planOf(ticket);
        int round = (int) stints(ticket.getId()).size();
        SlaMetric reaction = new SlaMetric(ticket.getId(), ticket.getOrganizationId(), SlaMetricKind.TIER_REACTION,
                round, plan.tierReaction(tier), SlaCalendars.nameFor(ticket, plan), at).judgedBy(plan.getCode());
        em.persist(reaction);
        reaction.schedule(calendars.forName(reaction.getCalendar()), tracker.warnPercent());
        armed.fire(new SlaArmed(reaction.getNextAlertAt()));
    }

    /**
     * S5 (seed 004: the first tier follows the type of question): a ticket reclassified while it still sits where
     * routing put it (no one escalated it) moves to the starting tier of its new category, with a fresh reaction
     * clock; once staff or the reaction target moved it, a reclassification leaves the tier alone.
     */
    void reroute(Ticket ticket, Instant at) {
        List<TierStint> all = stints(ticket.getId());
        if (!ticket.isActive() || all.size() != 1 || !all.get(0).isAutomatic() || !all.get(0).isOpen()) {
            return;
        }
        Tier from = all.get(0).getTier();
        Tier to = tracker.planOf(ticket).routing().startTier(ticket.getKind(), ticket.getCategory());
        if (to == from) {
            return;
        }
        all.get(0).leave(at);
        openReactions(ticket.getId()).forEach(m -> {
            m.end(at, SlaMetricState.CANCELLED);
            m.schedule(calendars.forName(m.getCalendar()), tracker.warnPercent());
        });
        enter(ticket, to, at, "deskline", true, "reclassified as " + ticket.getCategory() + "; routed to " + to);
    }

    /** The current stint ends (the ticket closed); its reaction clock, if still open, is no longer owed. */
    void leave(Ticket ticket, Instant at) {
        stints(ticket.getId()).stream().filter(TierStint::isOpen).forEach(s -> s.leave(at));
        openReactions(ticket.getId()).forEach(m -> m.end(at, SlaMetricState.CANCELLED));
    }

    /** Someone in the current tier reacted: its reaction clock is met. */
    void reacted(Ticket ticket, Instant at) {
        openReactions(ticket.getId()).forEach(m -> {
            m.end(at, SlaMetricState.MET);
            m.schedule(calendars.forName(m.getCalendar()), tracker.warnPercent());
        });
    }

    /**
     * Moves the ticket up to {@code to} (S5): staff by hand with a reason, or the system when a tier's reaction
     * target passed. Records the stint, the history entry and an ESCALATED alert, in the caller's transaction.
     */
    @Override
    public void escalate(Ticket ticket, Tier to, Instant at, Actor actorKind, String by, String reason) {
        Tier from = current(ticket.getId()).orElse(Tier.L1);
        if (!ticket.isActive()) {
            throw new DeskException(ErrorCode.ILLEGAL_TRANSITION, "status", "S5",
                    "A closed ticket cannot be escalated; reopen it first.");
        }
        if (!to.above(from)) {
            throw new DeskException(ErrorCode.VALIDATION, "tier", "S5", "The ticket is at " + from
                    + "; an escalation goes to a higher tier (" + from.next().map(Enum::name).orElse("none left")
                    + (from.next().isPresent() ? " or above" : "") + ").");
        }
        if (reason == null || reason.isBlank()) {
            throw new DeskException(ErrorCode.VALIDATION, "reason", "S5", "An escalation says why.");
        }
        boolean automatic = actorKind == Actor.SYSTEM;
        stints(ticket.getId()).stream().filter(TierStint::isOpen).forEach(s -> s.leave(at));
        openReactions(ticket.getId()).forEach(m -> {
            m.end(at, SlaMetricState.CANCELLED);
            m.schedule(calendars.forName(m.getCalendar()), tracker.warnPercent());
        });
        enter(ticket, to, at, by, automatic, reason.strip());
        journal.event(ticket, at, actorKind, by, HistoryAction.ESCALATE, ticket.getStatus(),
                from + "\u2192" + to + (automatic ? " (automatic)" : "") + ": " + reason.strip());
        alerts.record(AlertType.ESCALATED, ticket, "escalation", JsonDocs.object()
                .add("fromTier", from.name()).add("toTier", to.name()).add("automatic", automatic)
                .add("reason", reason.strip()).build());
    }

    private List<SlaMetric> openReactions(long ticketId) {
        return tracker.metricsOf(ticketId).stream()
                .filter(m -> m.getMetric() == SlaMetricKind.TIER_REACTION && m.getState().open()).toList();
    }
}
