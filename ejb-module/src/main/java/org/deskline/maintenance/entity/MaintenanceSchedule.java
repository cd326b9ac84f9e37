package org.deskline.maintenance.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.deskline.platform.entity.SequencedEntity;

/** M2/M3: a project's recurring maintenance: when it is due next, and the ticket its last run opened. */
@Entity
@Table(name = "maintenance_schedule")
public class MaintenanceSchedule extends SequencedEntity {

    /** What recurs: the six-monthly technical checkup (M2), the annual major update, minor and security updates (M3). */
    public enum Kind {
        CHECKUP, MAJOR_UPDATE, MINOR_UPDATE
    }

    @Version
    private long version;

    private Long projectId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private int everyMonths;

    private Instant nextDueAt;

    private Instant lastDueAt;

    private Long lastTicketId;

    private boolean overdueAlerted;

    protected MaintenanceSchedule() {
    }

    public MaintenanceSchedule(long projectId, Kind kind, int everyMonths, Instant firstDue) {
        this.projectId = projectId;
        this.kind = kind;
        this.everyMonths = everyMonths;
        this.nextDueAt = firstDue;
    }

    /** A run for {@code due} opened {@code ticket}; the schedule is next due at {@code next}. */
    public void ran(Instant due, long ticket, Instant next) {
        this.lastDueAt = due;
        this.lastTicketId = ticket;
        this.nextDueAt = next;
        this.overdueAlerted = false;
    }

    /** M2/M3 configured per project: how often, and when next. */
    public void reschedule(int newEveryMonths, Instant newNextDue) {
        this.everyMonths = newEveryMonths;
        this.nextDueAt = newNextDue;
    }

    public void overdueAlerted() {
        this.overdueAlerted = true;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Kind getKind() {
        return kind;
    }

    public int getEveryMonths() {
        return everyMonths;
    }

    public Instant getNextDueAt() {
        return nextDueAt;
    }

    public Instant getLastDueAt() {
        return lastDueAt;
    }

    public Long getLastTicketId() {
        return lastTicketId;
    }

    public boolean isOverdueAlerted() {
        return overdueAlerted;
    }
}
