package org.deskline.ticket.control;

import org.deskline.ticket.entity.Category;
import org.deskline.ticket.entity.Priority;
import org.deskline.ticket.entity.TicketKind;

/**
 * What a customer system asks for when it opens a ticket; null priority and kind take their defaults. The
 * optional requestId (T13) makes a retried creation return the first ticket.
 */
public record NewTicket(String projectCode, TicketKind kind, String title, Category category, Priority priority,
                        String description, boolean emergency, String requestId) {

    public NewTicket(String projectCode, TicketKind kind, String title, Category category, Priority priority,
                     String description, boolean emergency) {
        this(projectCode, kind, title, category, priority, description, emergency, null);
    }
}
