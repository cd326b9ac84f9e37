package org.deskline.maintenance.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.deskline.platform.entity.SequencedEntity;

/** M1: one copy of a backup, as a backup system reported it; marked when retention says it is due for pruning. */
@Entity
@Table(name = "backup_copy")
public class BackupCopy extends SequencedEntity {

    private Long organizationId;

    private Long projectId;

    @Enumerated(EnumType.STRING)
    private BackupRetention.Tier tier;

    private Instant takenAt;

    private String location;

    private long sizeBytes;

    private String checksum;

    private String clientRef;

    private String reportedBy;

    private Instant reportedAt;

    private boolean pruneDue;

    protected BackupCopy() {
    }

    public BackupCopy(long organizationId, long projectId, BackupRetention.Tier tier, Instant takenAt, String location,
                      long sizeBytes, String checksum, String clientRef, String reportedBy, Instant reportedAt) {
        this.organizationId = organizationId;
        this.projectId = projectId;
        this.tier = tier;
        this.takenAt = takenAt;
        this.location = location;
        this.sizeBytes = sizeBytes;
        this.checksum = checksum;
        this.clientRef = clientRef;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    public BackupRetention.Copy asCopy() {
        return new BackupRetention.Copy(getId(), tier, takenAt, location);
    }

    public void markPruneDue(boolean due) {
        this.pruneDue = due;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public BackupRetention.Tier getTier() {
        return tier;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public String getLocation() {
        return location;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getChecksum() {
        return checksum;
    }

    public String getClientRef() {
        return clientRef;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public boolean isPruneDue() {
        return pruneDue;
    }
}
