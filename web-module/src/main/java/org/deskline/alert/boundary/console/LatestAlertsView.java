package org.deskline.alert.boundary.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.deskline.alert.control.AlertLog;
import org.deskline.alert.entity.Alert;

/** The latest alerts beside the ticket queue (new ones arrive by push); the alert feature's part of that page. */
@Named("latestAlerts")
@RequestScoped
public class LatestAlertsView {

    static final int SHOWN = 20;

    @Inject
    AlertLog log;

    private List<Alert> alerts = List.of();

    /** Read once a request, when the page first names the bean. */
    @PostConstruct
    void load() {
        alerts = log.recent(SHOWN);
    }

    public List<Alert> getAlerts() {
        return alerts;
    }
}
