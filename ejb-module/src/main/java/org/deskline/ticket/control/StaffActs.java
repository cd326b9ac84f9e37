package org.deskline.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.deskline.ticket.entity.DeferralReason;
import org.deskline.ticket.entity.HistoryAction;
import org.deskline.ticket.entity.Ticket;
import org.deskline.ticket.entity.TicketAction;
import org.deskline.ticket.entity.TicketAction.Actor;
import org.deskline.ticket.entity.TicketStatus;
import org.deskline.ticket.entity.Visibility;

/**
 * T5-T8, T12: what a staff member does to a locked ticket, under the rules of its state, recorded with who, when,
 * from and to. Who acts is the boundary's decision: the console's {@code AgentDesk} passes the caller principal after
 * its own checks (S5); the demo's history passes its demo agents.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StaffActs {

    @Inject
    TicketJournal journal;

    @Inject
    TicketPolicies policies;

    @Inject
    Clock clock;

    /** A message (public or internal, as the action says) and the change it makes; the text is checked already. */
    public Ticket write(Ticket ticket, String agent, TicketAction action, Visibility visibility, String text) {
        Instant now = clock.instant();
        TicketStatus from = ticket.apply(action, now, policies.of(ticket).autoCloseAfter());
        journal.message(ticket, now, Actor.AGENT, agent, visibility, text);
        journal.event(ticket, now, Actor.AGENT, agent, HistoryAction.of(action), from, null);
        return ticket;
    }

    /** A change without a message. */
    public Ticket act(Ticket ticket, String agent, TicketAction action, String detail) {
        Instant now = clock.instant();
        TicketStatus from = ticket.apply(action, now, policies.of(ticket).autoCloseAfter());
        journal.event(ticket, now, Actor.AGENT, agent, HistoryAction.of(action), from, detail);
        return ticket;
    }

    /** TAKE (the actor takes it) or ASSIGN (a manager gives it to {@code assignee}). */
    public Ticket assign(Ticket ticket, TicketAction action, String actor, String assignee) {
        Instant now = clock.instant();
        TicketStatus from = ticket.apply(action, now, policies.of(ticket).autoCloseAfter());
        ticket.assignTo(assignee, now);
        journal.event(ticket, now, Actor.AGENT, actor, HistoryAction.of(action), from, "assignee " + assignee);
        return ticket;
    }

    /** T12: deferred with its reason; the SLA clock pauses. */
    public Ticket defer(Ticket ticket, String agent, DeferralReason reason) {
        Instant now = clock.instant();
        TicketStatus from = ticket.defer(reason, now);
        journal.event(ticket, now, Actor.AGENT, agent, HistoryAction.DEFER, from, reason.name());
        return ticket;
    }
}
