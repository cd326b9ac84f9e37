package org.deskline.alert.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import org.deskline.alert.entity.AlertType;
import org.deskline.organization.entity.Project;
import org.deskline.ticket.control.TicketAlerts;
import org.deskline.ticket.entity.Ticket;

/** The alert feature's side of {@link TicketAlerts}: each ticket notice becomes its alert in the outbox. */
@ApplicationScoped
public class TicketAlertWriter implements TicketAlerts {

    @Inject
    AlertOutbox outbox;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public void raise(Notice notice, Ticket ticket) {
        outbox.record(type(notice), ticket);
    }

    @Override
    public void emergencyRefused(Project project, Duration window, JsonObject details) {
        long raised = em.createQuery("select count(a) from Alert a where a.type = :type and a.projectId = :project "
                        + "and a.occurredAt > :since", Long.class)
                .setParameter("type", AlertType.EMERGENCY_REFUSED).setParameter("project", project.getId())
                .setParameter("since", clock.instant().minus(window)).getSingleResult();
        if (raised == 0) {
            outbox.record(AlertType.EMERGENCY_REFUSED, project.getOrganization(), project, "emergency", details);
        }
    }

    static AlertType type(Notice notice) {
        return switch (notice) {
            case TICKET_CREATED -> AlertType.TICKET_CREATED;
            case EMERGENCY_OPENED -> AlertType.EMERGENCY_OPENED;
            case LOW_RATING -> AlertType.LOW_RATING;
            case QUALITY_REVIEW_REQUESTED -> AlertType.QUALITY_REVIEW_REQUESTED;
            case AUTO_CLOSED -> AlertType.AUTO_CLOSED;
        };
    }
}
