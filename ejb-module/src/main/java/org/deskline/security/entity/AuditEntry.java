package org.deskline.security.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.deskline.platform.entity.SequencedEntity;

/** One staff action: who did what, when, to what. Written in the transaction of the action itself. */
@Entity
@Table(name = "staff_audit")
public class AuditEntry extends SequencedEntity {

    public static final int DETAIL_MAX = 2000;

    private Instant occurredAt;

    private String actor;

    private String action;

    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, String action, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail
                : detail.substring(0, DETAIL_MAX - 1) + "\u2026";
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
