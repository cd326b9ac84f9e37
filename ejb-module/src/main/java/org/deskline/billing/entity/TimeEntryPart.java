package org.deskline.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;

/** B4: one stretch of a time entry at one rate, as it was billed. */
@Embeddable
public class TimeEntryPart {

    @Column(nullable = false, length = 20)
    private String rate;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "worked_minutes", nullable = false)
    private long workedMinutes;

    @Column(name = "billed_minutes", nullable = false)
    private long billedMinutes;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    protected TimeEntryPart() {
    }

    public TimeEntryPart(String rate, Instant startsAt, Instant endsAt, long workedMinutes, long billedMinutes,
                         BigDecimal amount) {
        this.rate = rate;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.workedMinutes = workedMinutes;
        this.billedMinutes = billedMinutes;
        this.amount = amount;
    }

    public String getRate() {
        return rate;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public long getWorkedMinutes() {
        return workedMinutes;
    }

    public long getBilledMinutes() {
        return billedMinutes;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
