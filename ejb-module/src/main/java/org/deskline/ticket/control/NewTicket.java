package org.deskline.ticket.control;

import org.deskline.ticket.entity.Category;
import org.deskline.ticket.entity.Priority;
import org.deskline.ticket.entity.TicketKind;

/** What a customer system asks for when it opens a ticket; null priority and kind take their defaults. */
public record NewTicket(String projectCode, TicketKind kind, String title, Category category, Priority priority,
                        String description, boolean emergency) {
}
