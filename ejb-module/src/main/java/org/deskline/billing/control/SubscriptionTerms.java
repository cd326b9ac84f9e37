package org.deskline.billing.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.deskline.billing.entity.SubscriptionStatus;

/**
 * B1 in dates. A term runs from its first to its last day inclusive (in the billing zone); the subscription is
 * active through the last day, in grace for the grace days after it, expired after that. The expiry warning is due
 * {@code warnDays} before the last day. Renewal continues the term without a gap while active or in grace; an
 * expired subscription restarts on the day of renewal.
 */
public final class SubscriptionTerms {

    private final ZoneId zone;
    private final int warnDays;

    public SubscriptionTerms(ZoneId zone, int warnDays) {
        this.zone = zone;
        this.warnDays = warnDays;
    }

    public SubscriptionStatus statusOn(LocalDate day, LocalDate endsOn, int graceDays) {
        if (!day.isAfter(endsOn)) {
            return SubscriptionStatus.ACTIVE;
        }
        return day.isAfter(endsOn.plusDays(graceDays)) ? SubscriptionStatus.EXPIRED : SubscriptionStatus.GRACE;
    }

    public LocalDate today(Instant now) {
        return now.atZone(zone).toLocalDate();
    }

    /** The first moment of {@code day} in the billing zone. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** When the expiry warning is due: the start of the day {@code warnDays} before the last day. */
    public Instant warnAt(LocalDate endsOn) {
        return endsOn.minusDays(warnDays).atStartOfDay(zone).toInstant();
    }

    /**
     * The next moment the timer must look at the subscription after {@code now}: the warning (if not given yet),
     * the start of grace, the start of expiry; null once expired.
     */
    public Instant nextCheck(Instant now, LocalDate endsOn, int graceDays, boolean warned) {
        Instant[] moments = {warned ? null : warnAt(endsOn), endsOn.plusDays(1).atStartOfDay(zone).toInstant(),
            endsOn.plusDays(graceDays + 1L).atStartOfDay(zone).toInstant()};
        for (Instant m : moments) {
            if (m != null && m.isAfter(now)) {
                return m;
            }
        }
        return null;
    }

    /** The next term after a renewal on {@code today}: {first day, last day}. */
    public LocalDate[] renewal(LocalDate today, LocalDate endsOn, int graceDays, int termMonths) {
        LocalDate from = statusOn(today, endsOn, graceDays) == SubscriptionStatus.EXPIRED ? today : endsOn.plusDays(1);
        return new LocalDate[] {from, from.plusMonths(termMonths).minusDays(1)};
    }
}
