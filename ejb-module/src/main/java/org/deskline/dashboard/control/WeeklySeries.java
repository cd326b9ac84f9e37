package org.deskline.dashboard.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * S7 on the dashboard: figures per week (weeks start on Saturday, as the Iranian working week does, in the zone of
 * the person reading them: issue 20) for the last N weeks, oldest first. A week without data has no value (a gap),
 * not zero.
 */
public final class WeeklySeries {

    /** One week: its first day, the value (null: no data), and how many items it was computed from. */
    public record Week(LocalDate from, Double value, long count) {
    }

    private WeeklySeries() {
    }

    /** The first days of the last {@code weeks} weeks up to the one containing {@code now}, as days in {@code zone}. */
    public static List<LocalDate> weeks(Instant now, ZoneId zone, int weeks) {
        LocalDate current = LocalDate.ofInstant(now, zone)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        List<LocalDate> starts = new ArrayList<>();
        for (int i = weeks - 1; i >= 0; i--) {
            starts.add(current.minusWeeks(i));
        }
        return starts;
    }

    /** Where an instant falls: the week's index in {@link #weeks}, or -1 outside them. */
    static int index(List<LocalDate> starts, ZoneId zone, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        for (int i = starts.size() - 1; i >= 0; i--) {
            if (!day.isBefore(starts.get(i))) {
                return day.isBefore(starts.get(i).plusWeeks(1)) ? i : -1;
            }
        }
        return -1;
    }

    /** T11/S7: the average rating per week of the tickets rated then (samples: when, score). */
    public static List<Week> average(List<LocalDate> starts, ZoneId zone, List<Sample> samples) {
        return average(starts, zone, samples, 1, 2);
    }

    /** The mean per week, times {@code scale}, rounded to {@code decimals}. */
    private static List<Week> average(List<LocalDate> starts, ZoneId zone, List<Sample> samples, double scale,
                                      int decimals) {
        double unit = Math.pow(10, decimals);
        double[] sum = new double[starts.size()];
        long[] n = new long[starts.size()];
        for (Sample s : samples) {
            int i = index(starts, zone, s.at());
            if (i >= 0) {
                sum[i] += s.value();
                n[i]++;
            }
        }
        List<Week> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            out.add(new Week(starts.get(i), n[i] == 0 ? null : Math.round(sum[i] / n[i] * scale * unit) / unit, n[i]));
        }
        return out;
    }

    /** S7: the share (percent) of SLA clocks that ended in a week without a breach (samples: value 1 = kept). */
    public static List<Week> compliance(List<LocalDate> starts, ZoneId zone, List<Sample> ended) {
        return average(starts, zone, ended, 100, 1);
    }

    /** One observation. */
    public record Sample(Instant at, double value) {
    }
}
