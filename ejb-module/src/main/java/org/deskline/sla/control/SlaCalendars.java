package org.deskline.sla.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Set;
import org.deskline.sla.entity.SupportPlan;
import org.deskline.ticket.entity.Ticket;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * S2/S3: the calendars clocks run on. {@value #BUSINESS}: Saturday to Wednesday 08:00-16:30 in the configured
 * zone (Asia/Tehran by default); {@value #ALL_DAY}: around the clock, for 24/7 plans and every emergency.
 */
@ApplicationScoped
public class SlaCalendars {

    public static final String BUSINESS = "BUSINESS";
    public static final String ALL_DAY = "ALL_DAY";

    @Inject
    @ConfigProperty(name = "desk.sla.zone", defaultValue = "Asia/Tehran")
    String zone;

    private volatile BusinessCalendar business;
    private volatile BusinessCalendar allDay;

    public BusinessCalendar forName(String name) {
        if (business == null) {
            ZoneId id = ZoneId.of(zone);
            business = BusinessCalendar.businessWeek(id, Set.of());
            allDay = BusinessCalendar.allDay(id);
        }
        return ALL_DAY.equals(name) ? allDay : business;
    }

    /** S3: emergencies run around the clock whatever the plan; otherwise the plan's coverage decides. */
    public static String nameFor(Ticket ticket, SupportPlan plan) {
        return ticket.isEmergency() || plan.getCoverage() == SlaPlan.Coverage.ALL_DAY ? ALL_DAY : BUSINESS;
    }
}
