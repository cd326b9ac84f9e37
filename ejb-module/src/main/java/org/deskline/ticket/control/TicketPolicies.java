package org.deskline.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ticket policy from configuration (DESK_TICKET_*); what is not configured is {@link TicketPolicy#DEFAULT}'s,
 * the one place the default numbers are written.
 */
@ApplicationScoped
public class TicketPolicies {

    @Inject
    @ConfigProperty(name = "desk.ticket.auto.close.hours")
    Optional<Long> autoCloseHours = Optional.empty();

    @Inject
    @ConfigProperty(name = "desk.ticket.reopen.days")
    Optional<Long> reopenDays = Optional.empty();

    @Inject
    @ConfigProperty(name = "desk.ticket.max.active.support")
    Optional<Integer> maxActiveSupport = Optional.empty();

    @Inject
    @ConfigProperty(name = "desk.ticket.max.active.development")
    Optional<Integer> maxActiveDevelopment = Optional.empty();

    @Inject
    @ConfigProperty(name = "desk.ticket.max.emergencies.per.day")
    Optional<Integer> maxEmergenciesPerDay = Optional.empty();

    @Inject
    PlanTicketNumbers plans;

    /** The numbers for an organization: its plan's where it sets them, the configured ones elsewhere. */
    public TicketPolicy of(long organizationId) {
        return policy().under(plans.of(organizationId).numbers());
    }

    /** The numbers for a project's tickets: its plan's (its own or its organization's, B1) where it sets them. */
    public TicketPolicy of(org.deskline.organization.entity.Project project) {
        return policy().under(plans.of(project).numbers());
    }

    /** The numbers for a ticket: its project's plan's. */
    public TicketPolicy of(org.deskline.ticket.entity.Ticket ticket) {
        return of(ticket.getProject());
    }

    /** The name of a project's plan (refusals name it). */
    public String planOf(org.deskline.organization.entity.Project project) {
        return plans.of(project).name();
    }

    @Produces
    TicketPolicy policy() {
        TicketPolicy d = TicketPolicy.DEFAULT;
        return new TicketPolicy(autoCloseHours.map(Duration::ofHours).orElse(d.autoCloseAfter()),
                reopenDays.map(Duration::ofDays).orElse(d.reopenWindow()),
                maxActiveSupport.orElse(d.maxActiveSupport()),
                maxActiveDevelopment.orElse(d.maxActiveDevelopment()), d.lowRatingAtMost(),
                Math.max(0, maxEmergenciesPerDay.orElse(d.maxEmergenciesPerDay())));
    }
}
