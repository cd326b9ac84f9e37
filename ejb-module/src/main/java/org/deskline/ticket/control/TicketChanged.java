package org.deskline.ticket.control;

import java.time.Instant;
import org.deskline.ticket.entity.Ticket;

/**
 * Fired (synchronously, in the changing transaction) for every entry of a ticket's history, so other features
 * (the SLA clocks) follow the ticket without the ticket code knowing them.
 *
 * @param action the history's action: OPEN, RECLASSIFY or a {@link org.deskline.ticket.entity.TicketAction} name
 */
public record TicketChanged(Ticket ticket, Instant at, String action) {
}
