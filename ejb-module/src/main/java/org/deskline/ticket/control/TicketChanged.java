package org.deskline.ticket.control;

import java.time.Instant;
import org.deskline.ticket.entity.HistoryAction;
import org.deskline.ticket.entity.Ticket;

/**
 * Fired (synchronously, in the changing transaction) for every entry of a ticket's history, so other features
 * (the SLA clocks) follow the ticket without the ticket code knowing them.
 *
 * @param action what the history entry records
 */
public record TicketChanged(Ticket ticket, Instant at, HistoryAction action) {
}
