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
import java.time.Instant;

/** M1: one copy of a backup, as a backup system reported it; marked when retention says it is due for pruning. */
@Entity
@Table(name = "backup_copy")
public class BackupCopy {

    @Id
    @SequenceGenerator(name = "backup_copy_seq", sequenceName = "backup_copy_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "backup_copy_seq")
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BackupRetention.Tier tier;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(nullable = false, length = 60)
    private String location;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String checksum;

    @Column(name = "client_ref", nullable = false, length = 100)
    private String clientRef;

    @Column(name = "reported_by", nullable = false, length = 100)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "prune_due", nullable = false)
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
        return new BackupRetention.Copy(id, tier, takenAt, location);
    }

    public void markPruneDue(boolean due) {
        this.pruneDue = due;
    }

    public Long getId() {
        return id;
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
