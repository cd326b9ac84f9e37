package org.deskline.alert.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.deskline.alert.entity.Alert;
import org.deskline.alert.entity.AlertType;
import org.deskline.ticket.entity.Ticket;

/**
 * Records alerts in the caller's transaction (the outbox): the alert exists if and only if the change that
 * caused it committed. After a commit the relay is nudged to deliver at once; its periodic sweep picks up
 * anything a crash left behind.
 */
@ApplicationScoped
public class AlertOutbox {

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Inject
    Event<AlertsWritten.Committed> committed;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public Alert record(AlertType type, Ticket ticket) {
        return record(type, ticket, null, null);
    }

    /**
     * An alert with a section of its own ({@code sla} for S6 alerts, {@code escalation} for S5), in the caller's
     * transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Alert record(AlertType type, Ticket ticket, String section, JsonObject details) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        String organizationName = ticket.getProject().getOrganization().getName();
        Alert alert = new Alert(id, type, ticket.getOrganizationId(), ticket.getProject().getId(), ticket.getId(),
                now, AlertDocument.forTicket(id, type, now, ticket, organizationName, section, details));
        em.persist(alert);
        nudgeRelayAfterCommit(type);
        return alert;
    }

    /** An organization's alert without a ticket (billing), with its section, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Alert record(AlertType type, org.deskline.organization.entity.Organization organization, String section,
                        JsonObject details) {
        return record(type, organization, null, section, details);
    }

    /** An alert about a project without a ticket (maintenance: its backups), in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Alert record(AlertType type, org.deskline.organization.entity.Organization organization,
                        org.deskline.organization.entity.Project project, String section, JsonObject details) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Alert alert = new Alert(id, type, organization.getId(), project == null ? null : project.getId(), null, now,
                AlertDocument.forOrganization(id, type, now, organization.getId(), organization.getName(),
                        project == null ? null : project.getId(), project == null ? null : project.getCode(), section,
                        details));
        em.persist(alert);
        nudgeRelayAfterCommit(type);
        return alert;
    }

    private void nudgeRelayAfterCommit(AlertType type) {
        List<AlertType> types = AlertsWritten.note(transaction, type);
        if (types != null) {
            // observed after the commit, by AlertRelay (and AlertMetrics)
            committed.fire(new AlertsWritten.Committed(types));
        }
    }
}
