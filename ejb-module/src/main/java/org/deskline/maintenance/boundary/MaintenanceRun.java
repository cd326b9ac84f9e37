package org.deskline.maintenance.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.deskline.alert.control.AlertOutbox;
import org.deskline.alert.entity.AlertType;
import org.deskline.maintenance.control.MaintenanceCalendar;
import org.deskline.maintenance.entity.MaintenanceSchedule;
import org.deskline.organization.entity.Project;
import org.deskline.platform.control.JsonDocs;
import org.deskline.ticket.control.NewTicket;
import org.deskline.ticket.control.TicketOpening;
import org.deskline.ticket.entity.Category;
import org.deskline.ticket.entity.Channel;
import org.deskline.ticket.entity.Priority;
import org.deskline.ticket.entity.Ticket;
import org.deskline.ticket.entity.TicketAction;
import org.deskline.ticket.entity.TicketKind;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * M2/M3: one schedule's run and the overdue check, each in its own transaction with the schedule locked (so two
 * servers never open a ticket twice). A due run opens the checkup (kind CHECKUP) or update (kind MAINTENANCE) ticket
 * for the project through the ordinary opening (history, SLA clocks, TICKET_CREATED) and raises MAINTENANCE_DUE; a
 * checkup ticket still open DESK_CHECKUP_OVERDUE_DAYS (14) after it was due raises CHECKUP_OVERDUE, once.
 */
@Stateless
public class MaintenanceRun {

    @PersistenceContext
    EntityManager em;

    @Inject
    TicketOpening opening;

    @Inject
    AlertOutbox alerts;

    @Inject
    @ConfigProperty(name = "desk.checkup.overdue.days", defaultValue = "14")
    int overdueDays;

    /** Runs the schedule if it is due at {@code now}; returns the ticket opened, if any. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Ticket run(long scheduleId, Instant now) {
        MaintenanceSchedule s = em.find(MaintenanceSchedule.class, scheduleId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null || s.getNextDueAt().isAfter(now)) {
            return null; // another server ran it meanwhile, or not due
        }
        MaintenanceCalendar.Run run = MaintenanceCalendar.run(s.getNextDueAt(), s.getEveryMonths(), now);
        Project project = em.find(Project.class, s.getProjectId());
        String day = run.due().atZone(ZoneOffset.UTC).toLocalDate().toString();
        Ticket ticket = opening.open(project, new NewTicket(project.getCode(), kind(s), title(s) + " (due " + day + ")",
                Category.TECHNICAL, Priority.NORMAL, description(s), false), Channel.SYSTEM,
                TicketAction.Actor.SYSTEM, "maintenance");
        s.ran(run.due(), ticket.getId(), run.next());
        alerts.record(AlertType.MAINTENANCE_DUE, ticket, "maintenance", JsonDocs.object()
                .add("subject", s.getKind().name()).add("dueAt", run.due().toString())
                .add("everyMonths", s.getEveryMonths()).build());
        return ticket;
    }

    /** Alerts a checkup whose ticket is still open after its grace, once; true when it did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean checkOverdue(long scheduleId, Instant now) {
        MaintenanceSchedule s = em.find(MaintenanceSchedule.class, scheduleId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null || s.getKind() != MaintenanceSchedule.Kind.CHECKUP || s.getLastTicketId() == null
                || s.isOverdueAlerted()) {
            return false;
        }
        Ticket ticket = em.find(Ticket.class, s.getLastTicketId());
        boolean open = ticket != null && ticket.getClosedAt() == null;
        if (!MaintenanceCalendar.overdue(s.getLastDueAt(), Duration.ofDays(overdueDays), open, now)) {
            return false;
        }
        s.overdueAlerted();
        alerts.record(AlertType.CHECKUP_OVERDUE, ticket, "maintenance", JsonDocs.object()
                .add("subject", s.getKind().name()).add("dueAt", s.getLastDueAt().toString())
                .add("everyMonths", s.getEveryMonths()).build());
        return true;
    }

    /** Checkups whose ticket may be overdue now. */
    public List<Long> checkupsToWatch() {
        return em.createQuery("select s.id from MaintenanceSchedule s where s.kind = :k and s.lastTicketId is not null "
                + "and s.overdueAlerted = false", Long.class).setParameter("k", MaintenanceSchedule.Kind.CHECKUP)
                .getResultList();
    }

    private static TicketKind kind(MaintenanceSchedule s) {
        return s.getKind() == MaintenanceSchedule.Kind.CHECKUP ? TicketKind.CHECKUP : TicketKind.MAINTENANCE;
    }

    private static String title(MaintenanceSchedule s) {
        return switch (s.getKind()) {
            case CHECKUP -> "Six-monthly technical checkup";
            case MAJOR_UPDATE -> "Annual major update (core and plugins)";
            case MINOR_UPDATE -> "Minor and security updates";
        };
    }

    private static String description(MaintenanceSchedule s) {
        return switch (s.getKind()) {
            case CHECKUP -> "M2: analyse likely problems and apply the periodic updates; record the findings here.";
            case MAJOR_UPDATE -> "M3: the yearly major update of the core and the plugins.";
            case MINOR_UPDATE -> "M3: the minor and security updates released since the last run.";
        };
    }
}
