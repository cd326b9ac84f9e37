package org.deskline.billing.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.deskline.platform.entity.SequencedEntity;

/** B1: the history of a subscription: created, renewed, upgraded, downgrade scheduled / applied, status moves. */
@Entity
@Table(name = "subscription_event")
public class SubscriptionEvent extends SequencedEntity {

    private Long subscriptionId;

    private Instant occurredAt;

    private String kind;

    private String fromPlan;

    private String toPlan;

    private LocalDate effectiveOn;

    private String actor;

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
