package org.deskline.ticket.control;

import java.time.Instant;
import java.util.Optional;
import org.deskline.security.entity.Tier;
import org.deskline.ticket.entity.Ticket;
import org.deskline.ticket.entity.TicketAction.Actor;

/**
 * S5 as the ticket sees it: the tier a ticket is at and a move up. The SLA feature implements it
 * ({@code sla.control.SlaTiers}), because every stint in a tier runs a reaction clock of the organization's plan; the
 * ticket feature only asks, so it depends on no SLA class (issue 17).
 */
public interface TicketTiers {

    /** The tier the ticket is at, or empty before it entered one. */
    Optional<Tier> current(long ticketId);

    /**
     * Moves the ticket up to {@code to}, by staff with a reason or by the system when a tier's reaction target
     * passed; records the stint, the history entry and the alert in the caller's transaction.
     */
    void escalate(Ticket ticket, Tier to, Instant at, Actor actorKind, String by, String reason);
}
