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
import java.time.format.DateTimeParseException;
import java.util.List;
import org.deskline.maintenance.boundary.BackupAdmin;
import org.deskline.maintenance.entity.BackupRetention.Tier;
import org.deskline.organization.entity.Project;
import org.deskline.platform.DeskException;
import org.deskline.platform.boundary.DurationText;
import org.deskline.platform.boundary.DisplayFormats;
import org.deskline.platform.boundary.FacesErrors;
import org.deskline.platform.boundary.Messages;

/**
 * M1 in the console: per project a matrix of tier x required location with the age of the newest copy (stale or
 * missing marked), the open violations, how many copies await pruning; and the project's completion. Above the
 * projects, the managed list of backup locations (M1: policies and reports use only these).
 */
@Named
@ViewScoped
public class BackupsView implements Serializable {

    /** Issue 20: the days typed and shown here are the reader's days, in their time zone. */
    @Inject
    org.deskline.platform.boundary.ViewerZone viewer;

    @Inject
    transient java.time.Clock clock;

    private static final long serialVersionUID = 1L;

    @Inject
    transient BackupAdmin admin;

    @Inject
    transient org.deskline.maintenance.boundary.SiteTransfers transfers;

    private Long transferProjectId;
    private List<String> locations = new java.util.ArrayList<>();
    private List<LocationRow> locationRows = new java.util.ArrayList<>();
    private final LocationRow newLocation = new LocationRow();
    private Integer minLocations;
    private final Integer[] keep = new Integer[4];
    private final Integer[] freshHours = new Integer[4];
    private final java.util.Map<Long, Integer> everyMonths = new java.util.HashMap<>();
    private final java.util.Map<Long, String> nextDue = new java.util.HashMap<>();
    private List<Project> allProjects = List.of();

    private List<Project> projects = List.of();
    private Long projectId;
    private transient BackupAdmin.Compliance compliance;
    private transient List<org.deskline.maintenance.entity.MaintenanceSchedule> schedules = List.of();
    private String completedOn;

    @PostConstruct
    void load() {
        projects = admin.projects();
        allProjects = admin.allProjects();
        locationRows = admin.locations().stream().map(LocationRow::of).toList();
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("project");
        try {
            projectId = id != null ? Long.valueOf(id) : projects.isEmpty() ? null : projects.get(0).getId();
        } catch (NumberFormatException e) {
            projectId = null;
        }
        if (projectId != null) {
            try {
                compliance = admin.compliance(projectId);
                schedules = admin.schedules(projectId);
            } catch (DeskException e) {
                FacesErrors.show(e);
            }
        }
        if (compliance != null) {
            var policy = compliance.policy();
            locations = new java.util.ArrayList<>(policy.locationSet());
            minLocations = policy.getMinLocations();
            for (int i = 0; i < 4; i++) {
                keep[i] = policy.getKeep()[i];
                freshHours[i] = policy.getFreshHours()[i];
            }
            schedules.forEach(sc -> {
                everyMonths.put(sc.getId(), sc.getEveryMonths());
                nextDue.put(sc.getId(), sc.getNextDueAt().atZone(viewer.zone()).toLocalDate().toString());
            });
        }
    }

    /** M1: the project's own backup policy. */
    public String savePolicy() {
        int[] k = new int[4];
        int[] f = new int[4];
        for (int i = 0; i < 4; i++) {
            k[i] = keep[i] == null ? 0 : keep[i];
            f[i] = freshHours[i] == null ? 0 : freshHours[i];
        }
        admin.updatePolicy(projectId, String.join(",", locations), minLocations == null ? 0 : minLocations, k, f);
        FacesErrors.infoAfterRedirect(Messages.text("done.backupPolicy"));
        return "/console/backups?faces-redirect=true&project=" + projectId;
    }

    /** M2/M3: a schedule's interval and next due day. */
    public String saveSchedule(long scheduleId) {
        Integer months = everyMonths.get(scheduleId);
        LocalDate day;
        try {
            day = DisplayFormats.typedDay(nextDue.getOrDefault(scheduleId, ""));
        } catch (DateTimeParseException e) {
            throw DeskException.invalid("nextDue", "M2", "Type the day as 2027-06-01.");
        }
        admin.reschedule(scheduleId, months == null ? 0 : months, day.atStartOfDay(viewer.zone()).toInstant());
        FacesErrors.infoAfterRedirect(Messages.text("done.schedule", DisplayFormats.digits(months),
                DisplayFormats.dayText(day)));
        return "/console/backups?faces-redirect=true&project=" + projectId;
    }

    public List<org.deskline.maintenance.entity.MaintenanceSchedule> getSchedules() {
        return schedules;
    }

    public List<String> getLocations() {
        return locations;
    }

    public void setLocations(List<String> locations) {
        this.locations = locations == null ? new java.util.ArrayList<>() : locations;
    }

    /** The active managed locations a policy may require (M1). */
    public List<LocationRow> getActiveLocations() {
        return locationRows.stream().filter(LocationRow::isActive).toList();
    }

    public List<LocationRow> getLocationRows() {
        return locationRows;
    }

    public LocationRow getNewLocation() {
        return newLocation;
    }

    /** M1: a managed location added ({@code row} the new one) or revised. */
    public String saveLocation(LocationRow row) {
        admin.saveLocation(row.code, row.name, row.place, row.active, row.requiredByDefault,
                row == newLocation ? null : row.version);
        FacesErrors.infoAfterRedirect(org.deskline.platform.boundary.Messages.text("backups.locationSaved", row.code));
        return "/console/backups?faces-redirect=true" + (projectId == null ? "" : "&project=" + projectId);
    }

    /** One managed backup location as the locations table edits it. */
    public static class LocationRow implements Serializable {
        private String code;
        private String name;
        private String place;
        private boolean active = true;
        private boolean requiredByDefault;
        private Long version;

        static LocationRow of(org.deskline.maintenance.entity.BackupLocation l) {
            LocationRow row = new LocationRow();
            row.code = l.getCode();
            row.name = l.getName();
            row.place = l.getPlace();
            row.active = l.isActive();
            row.requiredByDefault = l.isRequiredByDefault();
            row.version = l.getVersion();
            return row;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPlace() {
            return place;
        }

        public void setPlace(String place) {
            this.place = place;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }

        public boolean isRequiredByDefault() {
            return requiredByDefault;
        }

        public void setRequiredByDefault(boolean requiredByDefault) {
            this.requiredByDefault = requiredByDefault;
        }

        public Long getVersion() {
            return version;
        }
    }

    public Integer getMinLocations() {
        return minLocations;
    }

    public void setMinLocations(Integer minLocations) {
        this.minLocations = minLocations;
    }

    public Integer[] getKeep() {
        return keep;
    }

    public Integer[] getFreshHours() {
        return freshHours;
    }

    public java.util.Map<Long, Integer> getEveryMonths() {
        return everyMonths;
    }

    public java.util.Map<Long, String> getNextDue() {
        return nextDue;
    }

    public BackupAdmin.Compliance getCompliance() {
        return compliance;
    }

    public List<Tier> getTiers() {
        return List.of(Tier.values());
    }

    /** "3 h" since the newest copy of the tier in the location, or "none". */
    public String age(Tier tier, String location) {
        Instant newest = getCompliance().newest().get(tier).get(location);
        return newest == null ? "none" : DurationText.format(Duration.ofMinutes(Math.max(0,
                Duration.between(newest, clock.instant()).toMinutes())));
    }

    /** fresh, stale or missing, for the matrix cell's style. */
    public String state(Tier tier, String location) {
        Instant newest = getCompliance().newest().get(tier).get(location);
        if (newest == null) {
            return "missing";
        }
        return Duration.between(newest, clock.instant()).compareTo(tier.defaultFreshness()) > 0 ? "stale" : "fresh";
    }

    public String complete() {
        try {
            LocalDate day = DisplayFormats.typedDay(completedOn);
            admin.complete(projectId, day.atStartOfDay(viewer.zone()).toInstant());
            FacesErrors.infoAfterRedirect(Messages.text("done.projectCompleted", DisplayFormats.dayText(day)));
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
        if (transferProjectId == null) {
            throw DeskException.invalid("projectId", "M4", "Choose the project that enters support.");
        }
        var transfer = transfers.start(transferProjectId);
        FacesErrors.infoAfterRedirect(Messages.text("done.siteTransfer", DisplayFormats.digits(transfer.getTicketId()),
                DisplayFormats.timeText(transfer.getDeadlineAt())));
        return "/console/ticket?faces-redirect=true&id=" + transfer.getTicketId();
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
