package org.deskline.maintenance.boundary.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.deskline.maintenance.boundary.BackupAdmin;
import org.deskline.maintenance.control.BackupRetention.Tier;
import org.deskline.organization.entity.Project;
import org.deskline.platform.DeskException;
import org.deskline.platform.boundary.DurationText;
import org.deskline.platform.boundary.FacesErrors;

/**
 * M1 in the console: per project a matrix of tier x required location with the age of the newest copy (stale or
 * missing marked), the open violations, how many copies await pruning; and the project's completion.
 */
@Named
@ViewScoped
public class BackupsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BackupAdmin admin;

    @Inject
    transient org.deskline.maintenance.boundary.SiteTransfers transfers;

    private Long transferProjectId;
    private List<Project> allProjects = List.of();

    private List<Project> projects = List.of();
    private Long projectId;
    private transient BackupAdmin.Compliance compliance;
    private String completedOn;

    @PostConstruct
    void load() {
        projects = admin.projects();
        allProjects = admin.allProjects();
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("project");
        try {
            projectId = id != null ? Long.valueOf(id) : projects.isEmpty() ? null : projects.get(0).getId();
        } catch (NumberFormatException e) {
            projectId = null;
        }
    }

    public BackupAdmin.Compliance getCompliance() {
        if (compliance == null && projectId != null) {
            try {
                compliance = admin.compliance(projectId);
            } catch (DeskException e) {
                FacesErrors.show(e);
            }
        }
        return compliance;
    }

    public List<Tier> getTiers() {
        return List.of(Tier.values());
    }

    /** "3 h" since the newest copy of the tier in the location, or "none". */
    public String age(Tier tier, String location) {
        Instant newest = getCompliance().newest().get(tier).get(location);
        return newest == null ? "none" : DurationText.format(Duration.ofMinutes(Math.max(0,
                Duration.between(newest, Instant.now()).toMinutes())));
    }

    /** fresh, stale or missing, for the matrix cell's style. */
    public String state(Tier tier, String location) {
        Instant newest = getCompliance().newest().get(tier).get(location);
        if (newest == null) {
            return "missing";
        }
        return Duration.between(newest, Instant.now()).compareTo(tier.defaultFreshness()) > 0 ? "stale" : "fresh";
    }

    public String complete() {
        try {
            LocalDate day = LocalDate.parse(completedOn == null ? "" : completedOn.strip());
            admin.complete(projectId, day.atStartOfDay(ZoneOffset.UTC).toInstant());
            FacesErrors.infoAfterRedirect("Project completed on " + day + ": its backups are kept 92 days more.");
            return "/console/backups?faces-redirect=true&project=" + projectId;
        } catch (DateTimeParseException e) {
            FacesErrors.show(DeskException.invalid("completedOn", "M1", "Type the day as 2026-12-01."));
        } catch (DeskException e) {
            FacesErrors.show(e);
        }
        return null;
    }

    /** M4: the project enters support: its site-transfer ticket with the form and the 7-working-day deadline. */
    public String startSiteTransfer() {
        try {
            if (transferProjectId == null) {
                throw DeskException.invalid("projectId", "M4", "Choose the project that enters support.");
            }
            var transfer = transfers.start(transferProjectId, org.deskline.platform.boundary.ConsoleUser.name());
            FacesErrors.infoAfterRedirect("Site-transfer ticket " + transfer.getTicketId() + " opened; the customer "
                    + "answers by " + transfer.getDeadlineAt() + ".");
            return "/console/ticket?faces-redirect=true&id=" + transfer.getTicketId();
        } catch (DeskException e) {
            FacesErrors.show(e);
            return null;
        }
    }

    public List<Project> getAllProjects() {
        return allProjects;
    }

    public Long getTransferProjectId() {
        return transferProjectId;
    }

    public void setTransferProjectId(Long transferProjectId) {
        this.transferProjectId = transferProjectId;
    }

    public List<Project> getProjects() {
        return projects;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(String completedOn) {
        this.completedOn = completedOn;
    }
}
