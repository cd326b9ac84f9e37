package org.deskline.maintenance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** M1: a violation the retention check found for a project, open until a later check no longer finds it. */
@Entity
@Table(name = "backup_violation")
public class BackupViolation {

    @Id
    @SequenceGenerator(name = "backup_violation_seq", sequenceName = "backup_violation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "backup_violation_seq")
    private Long id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    /** BackupRetention.Violation.key(), e.g. MISSING_COPY/DAILY/eu. */
    @Column(nullable = false, length = 100)
    private String violation;

    @Column(nullable = false, length = 500)
    private String detail;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "cleared_at")
    private Instant clearedAt;

    protected BackupViolation() {
    }

    public BackupViolation(long projectId, String violation, String detail, Instant openedAt) {
        this.projectId = projectId;
        this.violation = violation;
        this.detail = detail.length() > 500 ? detail.substring(0, 500) : detail;
        this.openedAt = openedAt;
    }

    public void clear(Instant at) {
        this.clearedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getViolation() {
        return violation;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClearedAt() {
        return clearedAt;
    }
}
