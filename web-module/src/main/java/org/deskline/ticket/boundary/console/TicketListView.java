package org.deskline.ticket.boundary.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.deskline.alert.control.AlertLog;
import org.deskline.alert.entity.Alert;
import org.deskline.ticket.boundary.TicketQueue;
import org.deskline.ticket.entity.Ticket;

/** The console's first page: the newest tickets and the latest alerts (new alerts arrive by push). */
@Named
@RequestScoped
public class TicketListView {

    private static final int TICKETS = 100;
    private static final int ALERTS = 20;

    @Inject
    TicketQueue queue;

    @Inject
    AlertLog alertLog;

    private List<Ticket> tickets;
    private List<Alert> alerts;

    @PostConstruct
    void load() {
        tickets = queue.newest(TICKETS);
        alerts = alertLog.recent(ALERTS);
    }

    public List<Ticket> getTickets() {
        return tickets;
    }

    public List<Alert> getAlerts() {
        return alerts;
    }
}
