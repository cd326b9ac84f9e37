package org.deskline.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.deskline.platform.entity.SequencedEntity;

/**
 * A customer system (ERP) calling the SOAP API. It belongs to exactly one organization and sees only that
 * organization's data. Only a PBKDF2 hash of its secret is stored.
 */
@Entity
@Table(name = "api_client")
@NamedQuery(name = ApiClient.BY_USERNAME, query = "select c from ApiClient c where c.username = :username")
public class ApiClient extends SequencedEntity {

    public static final String BY_USERNAME = "ApiClient.byUsername";
    public static final String PURPOSE_ERP = "ERP";
    public static final String PURPOSE_BACKUP = "BACKUP";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Column(insertable = false, updatable = false)
    private Long organizationId;

    private String username;

    private String passwordHash;

    private boolean active;

    /** What the client is for: ERP (tickets, billing) or BACKUP (a backup system reporting backups, M1). */
    private String purpose = PURPOSE_ERP;

    private Instant createdAt;

    protected ApiClient() {
    }

    public ApiClient(Organization organization, String username, String passwordHash, Instant createdAt) {
        this.organization = organization;
        this.organizationId = organization.getId();
        this.username = username;
        this.passwordHash = passwordHash;
        this.active = true;
        this.createdAt = createdAt;
    }

    /** An API client of a backup system (M1) instead of an ERP system. */
    public ApiClient forBackups() {
        this.purpose = PURPOSE_BACKUP;
        return this;
    }

    /** A new secret (its hash); the old one stops working at once. */
    public void rotate(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getPurpose() {
        return purpose;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isActive() {
        return active;
    }
}
