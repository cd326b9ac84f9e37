package org.deskline.sla.entity;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One stretch of a clock's ledger, as stored. */
@Embeddable
public class SlaSegment {

    private Instant fromAt;

    private Instant toAt;

    private boolean running;

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
