package org.deskline.alert.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import java.time.Duration;
import java.time.Instant;

/**
 * One alert, written in the same transaction as the change that caused it (the outbox) and relayed to the
 * broker after commit. The id is the message's alert id and its broker duplicate-detection id.
 */
@Entity
// claimable: pending, not backed off, not held by a relay (a claim holds until its lease ends and only while the
// relay that made it still beats: issue 22); and no earlier alert of its ticket is held back, so per ticket alerts
// leave in order
@NamedQuery(name = Alert.CLAIMABLE, query = "select a.id from Alert a where a.state = org.deskline.alert.entity.DeliveryState.PENDING "
        + "and (a.nextAttemptAt is null or a.nextAttemptAt <= :now) and (a.claimedUntil is null or a.claimedUntil < :now "
        + "or not exists (select r.id from RelayInstance r where r.id = a.claimedBy and r.beatAt >= :alive)) "
        + "and not exists (select b.id from Alert b where b.ticketId = a.ticketId "
        + "and b.state = org.deskline.alert.entity.DeliveryState.PENDING "
        + "and (b.occurredAt < a.occurredAt or (b.occurredAt = a.occurredAt and b.id < a.id)) "
        + "and (b.nextAttemptAt > :now or (b.claimedUntil >= :now "
        + "and exists (select q.id from RelayInstance q where q.id = b.claimedBy and q.beatAt >= :alive)))) "
        + "order by a.occurredAt, a.id")
@NamedQuery(name = Alert.RECENT, query = "select a from Alert a order by a.occurredAt desc, a.id desc")
// in id order: two servers locking overlapping sets lock them in the same order
@NamedQuery(name = Alert.WITH_IDS, query = "select a from Alert a where a.id in :ids order by a.id")
public class Alert implements java.io.Serializable {

    public static final String RECENT = "Alert.recent";
    public static final String CLAIMABLE = "Alert.claimable";
    public static final String WITH_IDS = "Alert.withIds";
    /** Retries before an alert is parked: with the backoff below about 17 minutes of trying. */
    public static final int MAX_ATTEMPTS = 10;
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    private AlertType type;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    private Long organizationId;

    private Long projectId;

    private Long ticketId;

    private Instant occurredAt;

    private String payload;

    @Enumerated(EnumType.STRING)
    private DeliveryState state;

    private int attempts;

    private Instant sentAt;

    private Instant nextAttemptAt;

    private String lastError;

    private String claimedBy;

    private Instant claimedUntil;

    private String acknowledgedBy;

    private Instant acknowledgedAt;

    private String assignedTo;

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

    /**
     * Leased to one relay until {@code until}; false when it is no longer pending or another relay holds it: its
     * lease runs and {@code holderAlive} (that relay still beats).
     */
    public boolean claim(String token, Instant now, Instant until, boolean holderAlive) {
        if (state != DeliveryState.PENDING || claimedUntil != null && !claimedUntil.isBefore(now) && holderAlive) {
            return false;
        }
        claimedBy = token;
        claimedUntil = until;
        return true;
    }

    /** Back to the pool without counting an attempt (the broker was unreachable, or an earlier alert failed). */
    public void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    public void sent(Instant at) {
        state = DeliveryState.SENT;
        sentAt = at;
        attempts++;
        release();
    }

    /** A send failed: retried after 2^attempts seconds (at most 5 minutes), parked after {@value #MAX_ATTEMPTS}. */
    public void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        release();
        if (attempts >= MAX_ATTEMPTS) {
            state = DeliveryState.PARKED;
            nextAttemptAt = null;
        } else {
            Duration wait = Duration.ofSeconds(1L << Math.min(attempts, 20));
            nextAttemptAt = now.plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
        }
    }

    /** It can never be sent as it is (it breaks the alert schema): parked at once, with the reason. */
    public void park(String reason) {
        lastError = reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000));
        state = DeliveryState.PARKED;
        nextAttemptAt = null;
        release();
    }

    /** Someone in the console has seen to it (the first acknowledgement counts). */
    public void acknowledge(String by, Instant at) {
        if (acknowledgedBy == null) {
            acknowledgedBy = by;
            acknowledgedAt = at;
        }
    }

    /** Handed to an agent to follow up. */
    public void assign(String agent) {
        assignedTo = agent;
    }

    /** An admin sends a parked alert again (after fixing the cause): pending, attempts counted afresh. */
    public void retry() {
        if (state == DeliveryState.PARKED) {
            state = DeliveryState.PENDING;
            attempts = 0;
            nextAttemptAt = null;
        }
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

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAssignedTo() {
        return assignedTo;
    }

    public String getClaimedBy() {
        return claimedBy;
    }
}
