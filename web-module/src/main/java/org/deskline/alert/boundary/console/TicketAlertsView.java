package org.deskline.alert.boundary.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.deskline.alert.control.AlertLog;
import org.deskline.alert.entity.Alert;

/**
 * The alerts part of the ticket page: what the desk reported to partners and the inbox about this ticket (created,
 * SLA warnings and breaches, escalations...), with its delivery state. The page composes it with the ticket's own
 * view, so the ticket feature needs no alert class. Loaded once, in the view action.
 */
@Named
@RequestScoped
public class TicketAlertsView {

    @Inject
    AlertLog log;

    private List<Alert> alerts = List.of();

    /** Reads the alerts of the ticket the page shows (none when the page names no ticket). */
    public void load(Long id) {
        if (id != null) {
            alerts = log.ofTicket(id);
        }
    }

    public List<Alert> getAlerts() {
        return alerts;
    }
}
