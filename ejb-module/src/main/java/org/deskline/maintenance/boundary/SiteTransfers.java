package org.deskline.maintenance.boundary;

import org.deskline.platform.control.JsonDocs;
import org.deskline.security.control.Audited;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.deskline.alert.control.AlertOutbox;
import org.deskline.alert.entity.AlertType;
import org.deskline.maintenance.entity.SiteTransfer;
import org.deskline.organization.control.ProjectCreated;
import org.deskline.organization.entity.Project;
import org.deskline.platform.DeskException;
import org.deskline.security.entity.Groups;
import org.deskline.sla.entity.BusinessCalendar;
import org.deskline.sla.control.SlaCalendars;
import org.deskline.sla.control.SlaTracker;
import org.deskline.ticket.control.NewTicket;
import org.deskline.ticket.control.TicketJournal;
import org.deskline.ticket.control.TicketOpening;
import org.deskline.ticket.control.TicketPolicies;
import org.deskline.ticket.entity.Category;
import org.deskline.ticket.entity.Channel;
import org.deskline.ticket.entity.Priority;
import org.deskline.ticket.entity.HistoryAction;
import org.deskline.ticket.entity.Ticket;
import org.deskline.ticket.entity.TicketAction;
import org.deskline.ticket.entity.TicketKind;
import org.deskline.ticket.entity.TicketStatus;
import org.deskline.ticket.entity.Visibility;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * M4: when a project enters support, staff open its site-transfer ticket with the information form. The ticket waits
 * for the customer from the start and runs no SLA clocks (support owes nothing on it until the answer); T6 closes it
 * only after the deadline. The customer answers (a reply on the ticket) within DESK_SITE_TRANSFER_DAYS (7) working days of the organization's SLA calendar
 * (the business calendar for 24/7 plans). Two working days before the deadline the customer is reminded; at the
 * deadline the vendor's obligation to keep the staging copy ends. Both are written on the ticket (the customer and
 * staff see them) and alerted (SITE_TRANSFER_REMINDER, SITE_TRANSFER_EXPIRED).
 */
@Stateless
public class SiteTransfers {

    static final String FORM = """
            Site transfer (M4): please answer on this ticket within 7 working days:
            1. Domain and DNS: registrar, who manages the DNS, access for the move.
            2. Hosting: where the site runs now, access to it, its database.
            3. Administrator accounts of the site and its plugins.
            4. E-mail sending (SMTP) settings and third-party services (payment, SMS, maps) with their keys.
            5. Preferred maintenance window and a contact for the move.
            After the deadline we no longer keep the copy on our staging space.""";

    @PersistenceContext
    EntityManager em;

    @Inject
    org.deskline.ticket.control.CoverageGate coverage;

    @Inject
    TicketOpening opening;

    @Inject
    TicketJournal journal;

    @Inject
    AlertOutbox alerts;

    @Inject
    SlaTracker sla;

    @Inject
    SlaCalendars calendars;

    @Inject
    Clock clock;

    @Inject
    Principal caller;

    @Inject
    TicketPolicies policies;

    @Inject
    @ConfigProperty(name = "desk.site.transfer.days", defaultValue = "7")
    int days;

    @Inject
    @ConfigProperty(name = "desk.site.transfer.auto", defaultValue = "true")
    boolean auto;

    /**
     * M4, seed 000: "when your project enters the support panel, the site-transfer ticket is sent to you". A project
     * created in the console gets its ticket in the transaction that created it (DESK_SITE_TRANSFER_AUTO=false
     * leaves it to the console's action); the ticket records the administrator who created the project.
     */
    public void onProjectCreated(@Observes ProjectCreated created) {
        Project project = em.find(Project.class, created.projectId());
        if (auto && project != null && !coverage.supportLapsed(project)) {
            open(created.projectId(), caller.getName());
        }
    }

    /**
     * The project enters support by hand (a project that came without one, or after the automatic one was
     * turned off): its site-transfer ticket, with the form and the deadline. Managers and administrators only; the
     * ticket records the caller principal as the one who opened it.
     */
    @Audited
    @RolesAllowed({Groups.ADMIN, Groups.MANAGER})
    public SiteTransfer start(long projectId) {
        return open(projectId, caller.getName());
    }

    private SiteTransfer open(long projectId, String agent) {
        Project project = em.find(Project.class, projectId, LockModeType.PESSIMISTIC_WRITE);
        if (project == null) {
            throw DeskException.notFound("projectId", "project", projectId);
        }
        boolean running = em.createQuery("select count(s) from SiteTransfer s where s.projectId = :p", Long.class)
                .setParameter("p", projectId).getSingleResult() > 0;
        if (running) {
            throw DeskException.invalid("projectId", "M4", "Project " + project.getCode() + " has its site-transfer "
                    + "ticket already.");
        }
        if (coverage.supportLapsed(project)) {
            throw new DeskException(org.deskline.platform.ErrorCode.NOT_COVERED, "projectId", "B1", "The support of "
                    + "project " + project.getCode() + " lapsed: moving the site from the staging copy is a service of "
                    + "an active support subscription (seed 003). Renew it first.");
        }
        Instant now = clock.instant();
        BusinessCalendar calendar = calendarOf(project);
        Instant deadline = calendar.endOfWorkingDays(now, days);
        Instant remind = days > 2 ? calendar.endOfWorkingDays(now, days - 2) : now;
        Ticket ticket = opening.open(project, new NewTicket(project.getCode(), TicketKind.SITE_TRANSFER,
                "Site transfer of " + project.getCode(), Category.ACTIVATION, Priority.NORMAL,
                FORM + "\nDeadline: " + deadline + ".", false), Channel.CONSOLE, TicketAction.Actor.AGENT, agent);
        // M4, seed 000: the form asks the customer, so the ticket waits for the customer from the start; T6 closes
        // it only once the customer's days are over and the usual auto-close period has passed after them
        TicketStatus from = ticket.apply(TicketAction.AGENT_REPLY, now,
                Duration.between(now, deadline).plus(policies.of(ticket).autoCloseAfter()));
        journal.event(ticket, now, TicketAction.Actor.AGENT, agent, HistoryAction.AGENT_REPLY, from,
                "site-transfer form sent; answer due " + deadline);
        // opened when the ticket was: its creation is not an answer (it counts as the customer's first message)
        SiteTransfer transfer = new SiteTransfer(ticket.getId(), projectId, ticket.getCreatedAt(), remind, deadline);
        em.flush(); // the transfer refers to the ticket row by id alone: the ticket is written first
        em.persist(transfer);
        return transfer;
    }

    /** The open site transfers whose reminder or deadline has come. */
    public List<Long> due(Instant now) {
        return em.createQuery("select s.ticketId from SiteTransfer s where s.expired = false and s.answeredAt is null "
                + "and (s.deadlineAt <= :now or (s.reminded = false and s.remindAt <= :now)) order by s.remindAt",
                Long.class).setParameter("now", now).getResultList();
    }

    /** Brings one site transfer up to date at {@code now}: answered, reminded or expired. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SiteTransfer check(long ticketId, Instant now) {
        SiteTransfer transfer = em.find(SiteTransfer.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
        if (transfer == null || !transfer.isOpen()) {
            return transfer;
        }
        Ticket ticket = em.find(Ticket.class, ticketId);
        Instant answer = ticket.getLastCustomerMessageAt();
        if (answer != null && answer.isAfter(transfer.getOpenedAt()) && !answer.isAfter(transfer.getDeadlineAt())) {
            transfer.answered(answer);
            return transfer;
        }
        if (!now.isBefore(transfer.getDeadlineAt())) {
            transfer.expire();
            journal.message(ticket, now, TicketAction.Actor.SYSTEM, "maintenance", Visibility.PUBLIC,
                    "The " + days + " working days for the site-transfer form ended on " + transfer.getDeadlineAt()
                            + " without an answer: we no longer keep the copy on our staging space.");
            alert(AlertType.SITE_TRANSFER_EXPIRED, ticket, transfer);
        } else if (!transfer.isReminded() && !now.isBefore(transfer.getRemindAt())) {
            transfer.remind();
            journal.message(ticket, now, TicketAction.Actor.SYSTEM, "maintenance", Visibility.PUBLIC,
                    "Reminder: please answer the site-transfer form by " + transfer.getDeadlineAt() + ".");
            alert(AlertType.SITE_TRANSFER_REMINDER, ticket, transfer);
        }
        return transfer;
    }

    private void alert(AlertType type, Ticket ticket, SiteTransfer transfer) {
        alerts.record(type, ticket, "maintenance", JsonDocs.object().add("subject", "SITE_TRANSFER")
                .add("dueAt", transfer.getDeadlineAt().toString()).build());
    }

    private BusinessCalendar calendarOf(Project project) {
        String code = sla.planOf(project).getCalendarCode();
        return calendars.forName(SlaCalendars.ALL_DAY.equals(code) ? org.deskline.sla.entity.SlaCalendar.DEFAULT_CODE
                : code);
    }
}
