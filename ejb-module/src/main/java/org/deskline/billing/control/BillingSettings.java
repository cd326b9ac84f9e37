package org.deskline.billing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.deskline.sla.control.SlaCalendars;
import org.deskline.sla.entity.SlaCalendar;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where billing happens: the calendar whose zone and official holidays B4 uses (DESK_BILLING_CALENDAR, by default
 * the business calendar), the weekly rest days billed like holidays (DESK_BILLING_REST_DAYS, by default FRIDAY,
 * the official weekly holiday where the policy comes from), and the subscription timer's warning and grace days.
 */
@ApplicationScoped
public class BillingSettings {

    @Inject
    @ConfigProperty(name = "desk.billing.calendar", defaultValue = SlaCalendar.DEFAULT_CODE)
    String calendar;

    @Inject
    @ConfigProperty(name = "desk.billing.rest.days", defaultValue = "FRIDAY")
    String restDays;

    @Inject
    @ConfigProperty(name = "desk.subscription.warn.days", defaultValue = "30")
    int warnDays;

    @Inject
    @ConfigProperty(name = "desk.hours.expiry.warn.days", defaultValue = "14")
    int hoursExpiryWarnDays;

    @Inject
    @ConfigProperty(name = "desk.subscription.grace.days", defaultValue = "14")
    int graceDays;

    @Inject
    SlaCalendars calendars;

    /** B4 with the billing calendar's zone, its holidays and the weekly rest days. */
    public TimeBilling timeBilling() {
        var cal = calendars.forName(calendar);
        Set<DayOfWeek> rest = restDays();
        return new TimeBilling(cal.zone(), d -> rest.contains(d.getDayOfWeek()) || cal.isHoliday(d));
    }

    /** The billing place's zone: entries are typed in and shown in it. */
    public java.time.ZoneId zone() {
        return calendars.forName(calendar).zone();
    }

    public SubscriptionTerms terms() {
        return new SubscriptionTerms(calendars.forName(calendar).zone(), warnDays);
    }

    public int graceDays() {
        return graceDays;
    }

    /** B5: days before an hours package's expiry its HOURS_EXPIRING alert is raised (DESK_HOURS_EXPIRY_WARN_DAYS). */
    public int hoursExpiryWarnDays() {
        return hoursExpiryWarnDays;
    }

    Set<DayOfWeek> restDays() {
        return restDays.isBlank() ? Set.of() : Arrays.stream(restDays.split(",")).map(String::strip)
                .map(DayOfWeek::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
