package org.deskline.maintenance.control;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * M2/M3 in dates: a schedule is due every N months from its first due moment. However many runs a server missed
 * while down, one ticket is opened for the latest missed due moment and the schedule moves to the first due moment
 * after now: never two tickets for one gap.
 */
public final class MaintenanceCalendar {

    private MaintenanceCalendar() {
    }

    /** The due moment the run stands for (the latest at or before now) and the next one after now. */
    public record Run(Instant due, Instant next, int missed) {
    }

    public static Run run(Instant due, int everyMonths, Instant now) {
        if (everyMonths < 1) {
            throw new IllegalArgumentException("a schedule repeats every month at most often");
        }
        if (due.isAfter(now)) {
            throw new IllegalArgumentException("not due yet: " + due);
        }
        Instant latest = due;
        int missed = 0;
        Instant next = plusMonths(due, everyMonths);
        while (!next.isAfter(now)) {
            latest = next;
            missed++;
            next = plusMonths(next, everyMonths);
        }
        return new Run(latest, next, missed);
    }

    /** A checkup is overdue when its ticket is still open {@code grace} after it was due. */
    public static boolean overdue(Instant due, Duration grace, boolean ticketOpen, Instant now) {
        return ticketOpen && now.isAfter(due.plus(grace));
    }

    static Instant plusMonths(Instant t, int months) {
        return t.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
    }
}
