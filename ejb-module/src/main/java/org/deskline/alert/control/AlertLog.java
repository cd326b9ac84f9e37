package org.deskline.alert.control;

import org.deskline.security.control.Audited;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.deskline.alert.entity.Alert;
import org.deskline.alert.entity.AlertType;
import org.deskline.alert.entity.DeliveryState;
import org.deskline.alert.entity.Severity;
import org.deskline.platform.DeskException;
import org.deskline.security.entity.Groups;

/**
 * Reads back recorded alerts for the console, and the relay's health; an admin may send a parked alert again. Staff
 * only (checked here, not only on the pages); who acknowledged is the caller principal.
 */
@Stateless
@RolesAllowed({Groups.ADMIN, Groups.MANAGER, Groups.AGENT, Groups.QUALITY_CONTROL})
public class AlertLog {

    /**
     * The outbox at a glance: how many alerts wait, went out, are parked, since when the oldest waits, and how many
     * servers' relays beat now (issue 22).
     */
    public record RelayHealth(long pending, long sent, long parked, Instant oldestPendingAt, long relays)
            implements java.io.Serializable {
    }

    /** The most alerts the ticket page lists for one ticket. */
    public static final int PER_TICKET = 200;
    /** Characters in a name: a partner's, an agent's an alert is assigned to. */
    public static final int NAME_LENGTH = 100;

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    java.time.Clock clock;

    @jakarta.inject.Inject
    Principal caller;

    @jakarta.inject.Inject
    OutboxGauge gauge;

    public List<Alert> recent(int max) {
        return em.createNamedQuery(Alert.RECENT, Alert.class).setMaxResults(max).getResultList();
    }

    /** The newest alerts of a type and/or severity (null: any), newest first; only open ones if asked. */
    public List<Alert> recent(int max, AlertType type, Severity severity, boolean openOnly) {
        StringBuilder jpql = new StringBuilder("select a from Alert a where 1 = 1");
        if (openOnly) {
            jpql.append(" and a.acknowledgedBy is null");
        }
        if (type != null) {
            jpql.append(" and a.type = :type");
        }
        if (severity != null) {
            jpql.append(" and a.severity = :severity");
        }
        var query = em.createQuery(jpql.append(" order by a.occurredAt desc, a.id desc").toString(), Alert.class);
        if (type != null) {
            query.setParameter("type", type);
        }
        if (severity != null) {
            query.setParameter("severity", severity);
        }
        return query.setMaxResults(max).getResultList();
    }

    /** What was reported about one ticket, oldest first (at most {@link #PER_TICKET}): the ticket page shows it. */
    public List<Alert> ofTicket(long ticketId) {
        return em.createQuery("select a from Alert a where a.ticketId = :ticket order by a.occurredAt, a.id",
                Alert.class).setParameter("ticket", ticketId).setMaxResults(PER_TICKET).getResultList();
    }

    public List<Alert> parked(int max) {
        return em.createQuery("select a from Alert a where a.state = org.deskline.alert.entity.DeliveryState.PARKED "
                + "order by a.occurredAt, a.id", Alert.class).setMaxResults(max).getResultList();
    }

    public RelayHealth health() {
        return gauge.read();
    }

    /** Inbox: the signed-in user has seen to the alert. */
    @Audited
    public Alert acknowledge(String alertId) {
        Alert alert = find(alertId);
        alert.acknowledge(caller.getName(), clock.instant());
        return alert;
    }

    /** Inbox: hand the alert to an agent (blank: nobody). */
    @Audited
    public Alert assign(String alertId, String agent) {
        if (agent != null && agent.length() > NAME_LENGTH) {
            throw DeskException.invalid("assignee", null, "An agent's name has at most " + NAME_LENGTH
                    + " characters.");
        }
        Alert alert = find(alertId);
        alert.assign(agent == null || agent.isBlank() ? null : agent.strip());
        return alert;
    }

    private Alert find(String alertId) {
        Alert alert = alertId == null ? null : em.find(Alert.class, alertId);
        if (alert == null) {
            throw DeskException.notFound("alertId", "alert", alertId);
        }
        return alert;
    }

    /** An admin sends a parked alert again (its cause fixed); the relay's next sweep takes it. Admins only. */
    @Audited
    @RolesAllowed(Groups.ADMIN)
    public void retry(String alertId) {
        Alert alert = find(alertId);
        if (alert.getState() != DeliveryState.PARKED) {
            throw DeskException.invalid("alertId", null, "Only a parked alert can be sent again; this one is "
                    + alert.getState() + ".");
        }
        alert.retry();
    }
}
