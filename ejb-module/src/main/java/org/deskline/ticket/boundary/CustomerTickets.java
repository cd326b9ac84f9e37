package org.deskline.ticket.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.deskline.alert.control.AlertOutbox;
import org.deskline.alert.entity.AlertType;
import org.deskline.organization.entity.ApiClient;
import org.deskline.organization.entity.Project;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.ticket.control.NewTicket;
import org.deskline.ticket.control.TicketRules;
import org.deskline.ticket.entity.Channel;
import org.deskline.ticket.entity.Ticket;

/**
 * The ticket service as customer systems see it. Every method takes the calling API client's name and
 * scopes everything to that client's organization: another organization's ticket or project is reported
 * exactly like one that does not exist.
 */
@Stateless
public class CustomerTickets {

    @PersistenceContext
    EntityManager em;

    @Inject
    AlertOutbox alerts;

    @Inject
    Clock clock;

    /** Opens a ticket and, in the same transaction, its alerts (ticket created; emergency opened when flagged). */
    public Ticket open(String apiClient, NewTicket request) {
        long organizationId = organizationOf(apiClient);
        NewTicket checked = TicketRules.checkNew(request);
        Project project = em.createQuery(
                        "select p from Project p where p.organization.id = :org and p.code = :code", Project.class)
                .setParameter("org", organizationId)
                .setParameter("code", checked.projectCode())
                .getResultStream().findFirst()
                .orElseThrow(() -> DeskException.notFound("projectCode", "project", checked.projectCode()));
        Ticket ticket = new Ticket(project, checked.kind(), checked.category(), checked.priority(),
                checked.emergency(), checked.title(), checked.description(), Channel.SOAP, apiClient,
                clock.instant());
        em.persist(ticket);
        alerts.record(AlertType.TICKET_CREATED, ticket);
        if (ticket.isEmergency()) {
            alerts.record(AlertType.EMERGENCY_OPENED, ticket);
        }
        return ticket;
    }

    public Ticket get(String apiClient, long ticketId) {
        long organizationId = organizationOf(apiClient);
        return em.createQuery("select t from Ticket t where t.id = :id and t.organizationId = :org", Ticket.class)
                .setParameter("id", ticketId)
                .setParameter("org", organizationId)
                .getResultStream().findFirst()
                .orElseThrow(() -> DeskException.notFound("ticketId", "ticket", ticketId));
    }

    private long organizationOf(String apiClient) {
        return em.createNamedQuery(ApiClient.BY_USERNAME, ApiClient.class)
                .setParameter("username", apiClient)
                .getResultStream()
                .filter(ApiClient::isActive)
                .map(ApiClient::getOrganizationId)
                .findFirst()
                .orElseThrow(() -> new DeskException(ErrorCode.FORBIDDEN, null, null,
                        "The caller is not an active API client."));
    }
}
