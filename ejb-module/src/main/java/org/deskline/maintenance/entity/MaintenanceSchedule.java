package org.deskline.maintenance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** M2/M3: a project's recurring maintenance: when it is due next, and the ticket its last run opened. */
@Entity
@Table(name = "maintenance_schedule")
public class MaintenanceSchedule {

    /** What recurs: the six-monthly technical checkup (M2), the annual major update, minor and security updates (M3). */
    public enum Kind {
        CHECKUP, MAJOR_UPDATE, MINOR_UPDATE
    }

    @Id
    @SequenceGenerator(name = "maintenance_schedule_seq", sequenceName = "maintenance_schedule_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maintenance_schedule_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "every_months", nullable = false)
    private int everyMonths;

    @Column(name = "next_due_at", nullable = false)
    private Instant nextDueAt;

    @Column(name = "last_due_at")
    private Instant lastDueAt;

    @Column(name = "last_ticket_id")
    private Long lastTicketId;

    @Column(name = "overdue_alerted", nullable = false)
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

    public Long getId() {
        return id;
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
