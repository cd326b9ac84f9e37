package org.deskline.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

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
public class HoursPackage {

    /** B5: packages whose expiry is to be announced (expiring within the warning days, time left, not yet warned). */
    public static final String EXPIRY_DUE = "HoursPackage.expiryDue";

    @Id
    @SequenceGenerator(name = "hours_package_seq", sequenceName = "hours_package_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hours_package_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "purchased_minutes", nullable = false)
    private long purchasedMinutes;

    @Column(name = "balance_minutes", nullable = false)
    private long balanceMinutes;

    @Column(name = "hourly_rate", nullable = false, precision = 19, scale = 4)
    private BigDecimal hourlyRate;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "overage_allowed", nullable = false)
    private boolean overageAllowed;

    @Column(name = "low_balance_minutes", nullable = false)
    private long lowBalanceMinutes;

    @Column(name = "expiry_warned", nullable = false)
    private boolean expiryWarned;

    @Column(name = "low_alerted", nullable = false)
    private boolean lowAlerted;

    @Column(name = "created_at", nullable = false)
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

    public Long getId() {
        return id;
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
