package org.deskline.sla.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One stretch of a clock's ledger, as stored. */
@Embeddable
public class SlaSegment {

    @Column(name = "from_at", nullable = false)
    private Instant fromAt;

    @Column(name = "to_at")
    private Instant toAt;

    @Column(nullable = false)
    private boolean running;

    @Column(length = 40)
    private String reason;

    protected SlaSegment() {
    }

    static SlaSegment of(SlaClock.Segment s) {
        SlaSegment stored = new SlaSegment();
        stored.fromAt = s.from();
        stored.toAt = s.to();
        stored.running = s.running();
        stored.reason = s.reason();
        return stored;
    }

    SlaClock.Segment toSegment() {
        return new SlaClock.Segment(fromAt, toAt, running, reason);
    }
}
