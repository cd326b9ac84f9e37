package org.deskline.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The ticket policy from configuration (DESK_TICKET_*), defaulting to {@link TicketPolicy#DEFAULT}. */
@ApplicationScoped
public class TicketPolicies {

    @Inject
    @ConfigProperty(name = "desk.ticket.auto.close.hours", defaultValue = "48")
    long autoCloseHours;

    @Inject
    @ConfigProperty(name = "desk.ticket.reopen.days", defaultValue = "14")
    long reopenDays;

    @Inject
    @ConfigProperty(name = "desk.ticket.max.active.support", defaultValue = "3")
    int maxActiveSupport;

    @Inject
    @ConfigProperty(name = "desk.ticket.max.active.development", defaultValue = "1")
    int maxActiveDevelopment;

    @Inject
    @ConfigProperty(name = "desk.ticket.max.emergencies.per.day", defaultValue = "3")
    int maxEmergenciesPerDay;

    @Produces
    TicketPolicy policy() {
        return new TicketPolicy(Duration.ofHours(autoCloseHours), Duration.ofDays(reopenDays), maxActiveSupport,
                maxActiveDevelopment, TicketPolicy.DEFAULT.lowRatingAtMost(), Math.max(0, maxEmergenciesPerDay));
    }
}
