package org.deskline.alert.boundary.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.deskline.alert.control.AlertLog;
import org.deskline.alert.entity.Alert;
import org.deskline.alert.entity.AlertType;
import org.deskline.alert.entity.Severity;
import org.deskline.platform.DeskException;
import org.deskline.platform.boundary.DurationText;
import org.deskline.platform.boundary.FacesErrors;
import org.deskline.platform.boundary.Messages;

/**
 * The console's alert page: the relay's health (pending, sent, parked, age of the oldest pending alert), parked
 * alerts with their reason and a way to send them again, and the inbox: the newest alerts filtered by type,
 * severity and "not yet acknowledged", each to acknowledge or to hand to an agent.
 */
@Named
@ViewScoped
public class AlertInboxView implements java.io.Serializable {

    @Inject
    transient java.time.Clock clock;

    private static final int SHOWN = 200;

    @Inject
    AlertLog log;

    private AlertType type;
    private Severity severity;
    private boolean open;
    private String assignee;
    private AlertLog.RelayHealth health;
    private List<Alert> parked = List.of();
    private List<Alert> alerts = List.of();

    public void load() {
        health = log.health();
        parked = log.parked(SHOWN);
        alerts = log.recent(SHOWN, type, severity, open);
    }

    public String retry(String alertId) {
        try {
            log.retry(alertId);
            FacesErrors.infoAfterRedirect(Messages.text("done.alertPending", alertId));
            return "/console/alerts?faces-redirect=true";
        } catch (DeskException e) {
            FacesErrors.show(e);
            load();
            return null;
        }
    }

    public String acknowledge(String alertId) {
        return inboxAction(() -> log.acknowledge(alertId), Messages.text("done.alertAcknowledged"));
    }

    public String assign(String alertId) {
        return inboxAction(() -> log.assign(alertId, assignee), assignee == null || assignee.isBlank()
                ? Messages.text("done.alertUnassigned") : Messages.text("done.alertAssigned", assignee.strip()));
    }

    private String inboxAction(Runnable action, String done) {
        try {
            action.run();
            FacesErrors.infoAfterRedirect(done);
            return "/console/alerts?faces-redirect=true&includeViewParams=true";
        } catch (DeskException e) {
            FacesErrors.show(e);
            load();
            return null;
        }
    }


    /** "12s" since the oldest pending alert occurred, or "none". */
    public String getOldestPendingAge() {
        Instant oldest = health.oldestPendingAt();
        return oldest == null ? "none" : DurationText.format(Duration.ofSeconds(
                Math.max(0, Duration.between(oldest, clock.instant()).toSeconds())));
    }

    public AlertType[] getTypes() {
        return AlertType.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public AlertType getType() {
        return type;
    }

    public void setType(AlertType type) {
        this.type = type;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public AlertLog.RelayHealth getHealth() {
        return health;
    }

    public List<Alert> getParked() {
        return parked;
    }

    public List<Alert> getAlerts() {
        return alerts;
    }
}
