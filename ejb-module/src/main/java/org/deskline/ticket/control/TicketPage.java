package org.deskline.ticket.control;

import java.util.List;
import org.deskline.ticket.entity.Ticket;

/** One page of a search and how many tickets match in all. */
public record TicketPage(List<Ticket> tickets, long total, int page, int pageSize) {
}
