package org.deskline.maintenance.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.deskline.platform.entity.SequencedEntity;

/** M1: a violation the retention check found for a project, open until a later check no longer finds it. */
@Entity
@Table(name = "backup_violation")
public class BackupViolation extends SequencedEntity {

    private Long projectId;

    /** BackupRetention.Violation.key(), e.g. MISSING_COPY/DAILY/eu. */
    private String violation;

    private String detail;

    private Instant openedAt;

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
