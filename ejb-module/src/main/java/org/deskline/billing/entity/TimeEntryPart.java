package org.deskline.billing.entity;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;

/** B4: one stretch of a time entry at one rate, as it was billed. */
@Embeddable
public class TimeEntryPart {

    private String rate;

    private Instant startsAt;

    private Instant endsAt;

    private long workedMinutes;

    private long billedMinutes;

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
