package org.deskline.sla.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.deskline.sla.entity.SlaMetricKind;
import org.deskline.security.entity.Tier;

/**
 * S7: SLA compliance over a period, for one organization or all (optionally one plan): per plan, organization
 * and clock kind how many clocks started, were met in time, breached, are still open; wall time per tier and per
 * deferral reason; customer satisfaction (ratings of tickets closed in the period).
 */
public record SlaReport(Instant from, Instant to, List<Row> rows, Map<Tier, Duration> timePerTier,
                        Map<String, Duration> timePerDeferralReason, long ratings, Double averageRating,
                        long emergenciesCleared) {

    /**
     * One plan, organization and clock kind. Every clock is in exactly one of: met in time, breached (whether
     * still running or not), open (running or paused, not breached yet), cancelled (withdrawn before breaching).
     */
    public record Row(String planCode, long organizationId, String organizationName, SlaMetricKind metric,
                      long clocks, long metInTime, long breached, long open, long cancelled) {

        /** Share of the decided clocks (met in time or breached) that were met in time, in percent; null if none. */
        public Double compliancePercent() {
            long decided = metInTime + breached;
            return decided == 0 ? null : 100.0 * metInTime / decided;
        }
    }
}
