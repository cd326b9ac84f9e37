package org.deskline.ticket.control;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.deskline.organization.entity.Project;
import org.deskline.ticket.entity.Ticket;

/**
 * What the ticket core tells the people and systems that follow it. The alert feature implements it
 * ({@code alert.control.TicketAlertWriter}), so the core imports no alert class (issue 17). Every call is made
 * inside the transaction of the change it reports: the alert is written with it (outbox) or not at all.
 */
public interface TicketAlerts {

    /** The ticket events that raise an alert. */
    enum Notice {
        TICKET_CREATED, EMERGENCY_OPENED, LOW_RATING, QUALITY_REVIEW_REQUESTED, AUTO_CLOSED
    }

    void raise(Notice notice, Ticket ticket);

    /**
     * A customer system was refused an emergency for the project's limit; at most one alert per project within
     * {@code window}, however often it retries.
     */
    void emergencyRefused(Project project, Duration window, JsonObject details);
}
