package org.deskline.alert.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.deskline.platform.entity.SequencedEntity;

/**
 * An integration partner: a broker account that receives the alerts of the organizations it was granted (all alert
 * types, or the chosen ones) on its own durable queue {@code <alert address>::partner.<username>}.
 */
@Entity
public class Partner extends SequencedEntity {

    public static final String QUEUE_PREFIX = "partner.";

    private String name;

    private String username;

    private String passwordHash;

    private String brokerSecret;

    private boolean active;

    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_organization", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "organization_id")
    private Set<Long> organizationIds = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_alert_type", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "alert_type")
    @Enumerated(EnumType.STRING)
    private Set<AlertType> alertTypes = EnumSet.noneOf(AlertType.class);

    protected Partner() {
    }

    public Partner(String name, String username, String passwordHash, String brokerSecret, Instant createdAt) {
        this.name = name;
        this.username = username;
        this.passwordHash = passwordHash;
        this.brokerSecret = brokerSecret;
        this.createdAt = createdAt;
        this.active = true;
    }

    /** What the partner receives; no alert types means all of them. */
    public void grant(String newName, boolean nowActive, Set<Long> organizations, Set<AlertType> types) {
        this.name = newName;
        this.active = nowActive;
        this.organizationIds = new TreeSet<>(organizations);
        this.alertTypes = types.isEmpty() ? EnumSet.noneOf(AlertType.class) : EnumSet.copyOf(types);
    }

    /** A new password: Deskline's hash of it and an external broker's (BrokerSecrets). */
    public void changePassword(String newHash, String newBrokerSecret) {
        this.passwordHash = newHash;
        this.brokerSecret = newBrokerSecret;
    }

    public String queueName() {
        return QUEUE_PREFIX + username;
    }

    public String getName() {
        return name;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** The password as an external Artemis broker stores it, "ENC(...)"; null for partners made before V13. */
    public String getBrokerSecret() {
        return brokerSecret;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public Set<Long> getOrganizationIds() {
        return Set.copyOf(organizationIds);
    }

    public Set<AlertType> getAlertTypes() {
        return alertTypes.isEmpty() ? Set.of() : EnumSet.copyOf(alertTypes);
    }
}
