package org.deskline.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** B1: the history of a subscription: created, renewed, upgraded, downgrade scheduled / applied, status moves. */
@Entity
@Table(name = "subscription_event")
public class SubscriptionEvent {

    @Id
    @SequenceGenerator(name = "subscription_event_seq", sequenceName = "subscription_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscription_event_seq")
    private Long id;

    @Column(name = "subscription_id", nullable = false)
    private Long subscriptionId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(name = "from_plan", length = 40)
    private String fromPlan;

    @Column(name = "to_plan", length = 40)
    private String toPlan;

    @Column(name = "effective_on")
    private LocalDate effectiveOn;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(length = 500)
    private String note;

    protected SubscriptionEvent() {
    }

    public SubscriptionEvent(long subscriptionId, Instant occurredAt, String kind, String fromPlan, String toPlan,
                             LocalDate effectiveOn, String actor, String note) {
        this.subscriptionId = subscriptionId;
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.fromPlan = fromPlan;
        this.toPlan = toPlan;
        this.effectiveOn = effectiveOn;
        this.actor = actor;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public Long getSubscriptionId() {
        return subscriptionId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getKind() {
        return kind;
    }

    public String getFromPlan() {
        return fromPlan;
    }

    public String getToPlan() {
        return toPlan;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public String getActor() {
        return actor;
    }

    public String getNote() {
        return note;
    }
}
