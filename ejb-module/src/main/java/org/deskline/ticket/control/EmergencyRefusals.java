package org.deskline.ticket.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import org.deskline.organization.entity.Project;
import org.deskline.platform.control.JsonDocs;

/**
 * Issue 16: tells the staff when a project's customer system is refused an emergency (the per-project limit of
 * {@link TicketLimits#checkEmergencies}). The refused creation rolls back, so the alert is written in a transaction
 * of its own, and once per project in 24 hours however often the system retries.
 */
@Stateless
public class EmergencyRefusals {

    static final Duration WINDOW = Duration.ofHours(24);

    @PersistenceContext
    EntityManager em;

    @Inject
    TicketAlerts alerts;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(long projectId, int limit, List<Long> recent, String requestedBy) {
        Project project = em.find(Project.class, projectId);
        JsonArrayBuilder ids = JsonDocs.array();
        recent.forEach(ids::add);
        alerts.emergencyRefused(project, WINDOW, JsonDocs.object().add("limit", limit)
                .add("windowHours", WINDOW.toHours()).add("recentTickets", ids).add("requestedBy", requestedBy)
                .build());
    }
}
