package org.deskline.alert.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import java.time.Instant;

/**
 * One alert, written in the same transaction as the change that caused it (the outbox) and relayed to the
 * broker after commit. The id is the message's alert id and its broker duplicate-detection id.
 */
@Entity
@NamedQuery(name = Alert.PENDING, query = "select a from Alert a where a.state = org.deskline.alert.entity.DeliveryState.PENDING order by a.occurredAt, a.id")
@NamedQuery(name = Alert.RECENT, query = "select a from Alert a order by a.occurredAt desc, a.id desc")
public class Alert {

    public static final String PENDING = "Alert.pending";
    public static final String RECENT = "Alert.recent";

    @Id
    @Column(length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AlertType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Severity severity;

    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 8000)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeliveryState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected Alert() {
    }

    public Alert(String id, AlertType type, Long organizationId, Long projectId, Long ticketId,
                 Instant occurredAt, String payload) {
        this.id = id;
        this.type = type;
        this.severity = type.severity();
        this.organizationId = organizationId;
        this.projectId = projectId;
        this.ticketId = ticketId;
        this.occurredAt = occurredAt;
        this.payload = payload;
        this.state = DeliveryState.PENDING;
    }

    public void deliveryAttempted() {
        attempts++;
    }

    public void sent(Instant at) {
        state = DeliveryState.SENT;
        sentAt = at;
    }

    public String getId() {
        return id;
    }

    public AlertType getType() {
        return type;
    }

    public Severity getSeverity() {
        return severity;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getPayload() {
        return payload;
    }

    public DeliveryState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
