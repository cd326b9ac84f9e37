package org.deskline.ticket.entity;

import org.deskline.platform.DeskException;

/**
 * The ticket numbers a support plan may set for its organizations (issue 18): the T6 auto-close period, the T8 reopen
 * window and the T9 active-ticket limits. A null keeps the configured default ({@link TicketPolicy}).
 */
public record TicketNumbers(Integer autoCloseHours, Integer reopenDays, Integer maxActiveSupport,
                            Integer maxActiveDevelopment) {

    /** Everything as configured. */
    public static final TicketNumbers DEFAULTS = new TicketNumbers(null, null, null, null);

    /** The longest auto-close period (hours) and reopen window (days) a plan may set, and the highest limit. */
    public static final int MAX_AUTO_CLOSE_HOURS = 24 * 60;
    public static final int MAX_REOPEN_DAYS = 365;
    public static final int MAX_ACTIVE = 1000;

    /** Refuses ({@code VALIDATION}, the field and the rule named) a number out of its range. */
    public TicketNumbers check() {
        within(autoCloseHours, 1, MAX_AUTO_CLOSE_HOURS, "autoCloseHours", "T6");
        within(reopenDays, 0, MAX_REOPEN_DAYS, "reopenDays", "T8");
        within(maxActiveSupport, 1, MAX_ACTIVE, "maxActiveSupport", "T9");
        within(maxActiveDevelopment, 1, MAX_ACTIVE, "maxActiveDevelopment", "T9");
        return this;
    }

    private static void within(Integer value, int min, int max, String field, String rule) {
        if (value != null && (value < min || value > max)) {
            throw DeskException.invalid(field, rule, "Between " + min + " and " + max + ", or empty for the "
                    + "configured default.");
        }
    }
}
