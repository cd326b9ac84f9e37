package org.deskline.billing.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.deskline.platform.entity.SequencedEntity;

/**
 * B5: prepaid person-hours, in minutes. Debited by the charged minutes of paid time entries (billed minutes times the
 * shift factor, B4); never below zero unless overage is allowed for it; a low-balance alert once the balance falls to
 * the threshold (again after a top-up lifted it).
 */
@Entity
@Table(name = "hours_package")
@jakarta.persistence.NamedQuery(name = HoursPackage.EXPIRY_DUE, query = "select p.id from HoursPackage p "
        + "where p.expiryWarned = false and p.balanceMinutes > 0 and p.expiresOn >= :today and p.expiresOn <= :until "
        + "order by p.expiresOn")
public class HoursPackage extends SequencedEntity {

    /** B5: packages whose expiry is to be announced (expiring within the warning days, time left, not yet warned). */
    public static final String EXPIRY_DUE = "HoursPackage.expiryDue";

    @Version
    private long version;

    private Long organizationId;

    private String name;

    private long purchasedMinutes;

    private long balanceMinutes;

    private BigDecimal hourlyRate;

    private String currency;

    private LocalDate expiresOn;

    private boolean overageAllowed;

    private long lowBalanceMinutes;

    private boolean expiryWarned;

    private boolean lowAlerted;

    private Instant createdAt;

    protected HoursPackage() {
    }

    public HoursPackage(long organizationId, String name, long minutes, Money hourlyRate, LocalDate expiresOn,
                        boolean overageAllowed, long lowBalanceMinutes, Instant createdAt) {
        this.organizationId = organizationId;
        this.name = name;
        this.purchasedMinutes = minutes;
        this.balanceMinutes = minutes;
        this.hourlyRate = hourlyRate.amount();
        this.currency = hourlyRate.currency().getCurrencyCode();
        this.expiresOn = expiresOn;
        this.overageAllowed = overageAllowed;
        this.lowBalanceMinutes = lowBalanceMinutes;
        this.createdAt = createdAt;
    }

    /**
     * B5: whether the package's expiry is to be announced on {@code today}: it expires within {@code warnDays},
     * still holds time, and was not announced before. Marks it announced when so.
     */
    public boolean warnOfExpiry(LocalDate today, int warnDays) {
        if (expiryWarned || expiresOn == null || balanceMinutes <= 0 || expiresOn.isBefore(today)
                || expiresOn.isAfter(today.plusDays(warnDays))) {
            return false;
        }
        expiryWarned = true;
        return true;
    }

    /** Usable on {@code day}: not expired (the expiry day is the last usable one). */
    public boolean usableOn(LocalDate day) {
        return expiresOn == null || !day.isAfter(expiresOn);
    }

    /** Whether {@code minutes} can be taken without going below zero (or overage is allowed). */
    public boolean covers(long minutes) {
        return overageAllowed || balanceMinutes >= minutes;
    }

    /**
     * Moves the balance by {@code minutes} (negative: a debit); true when this move brought it down to the low-balance
     * threshold for the first time (the caller raises the alert).
     */
    public boolean move(long minutes) {
        balanceMinutes += minutes;
        if (balanceMinutes > lowBalanceMinutes) {
            lowAlerted = false;
            return false;
        }
        if (!lowAlerted) {
            lowAlerted = true;
            return true;
        }
        return false;
    }

    public long getVersion() {
        return version;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getName() {
        return name;
    }

    public long getPurchasedMinutes() {
        return purchasedMinutes;
    }

    public long getBalanceMinutes() {
        return balanceMinutes;
    }

    public Money getHourlyRate() {
        return Money.of(hourlyRate, currency);
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public boolean isOverageAllowed() {
        return overageAllowed;
    }

    public long getLowBalanceMinutes() {
        return lowBalanceMinutes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
