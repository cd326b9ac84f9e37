package org.deskline.ticket.boundary.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.deskline.alert.control.AlertLog;
import org.deskline.alert.entity.Alert;
import org.deskline.sla.boundary.SlaBoard;
import org.deskline.sla.control.SlaStanding;
import org.deskline.ticket.boundary.TicketQueue;
import org.deskline.ticket.entity.Ticket;

/**
 * The console's first page: the newest tickets with the countdown to their next SLA deadline, and the latest alerts
 * (new alerts arrive by push).
 */
@Named
@RequestScoped
public class TicketListView {

    private static final int TICKETS = 100;
    private static final int ALERTS = 20;

    @Inject
    TicketQueue queue;

    @Inject
    AlertLog alertLog;

    @Inject
    SlaBoard sla;

    private List<Ticket> tickets;
    private List<Alert> alerts;
    private Map<Long, SlaStanding> nextDue;

    @PostConstruct
    void load() {
        tickets = queue.newest(TICKETS);
        alerts = alertLog.recent(ALERTS);
        nextDue = sla.nextDue(tickets.stream().map(Ticket::getId).toList());
    }

    /** S6: per ticket id, its running clock with the nearest deadline. */
    public Map<Long, SlaStanding> getNextDue() {
        return nextDue;
    }

    public List<Ticket> getTickets() {
        return tickets;
    }

    public List<Alert> getAlerts() {
        return alerts;
    }
}
