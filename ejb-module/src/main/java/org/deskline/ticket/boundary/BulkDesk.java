package org.deskline.ticket.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.deskline.platform.DeskException;
import org.deskline.security.boundary.StaffAccess;
import org.deskline.security.entity.Groups;
import org.deskline.ticket.entity.DeferralReason;
import org.deskline.ticket.entity.Priority;

/**
 * Issue 20: one action on many tickets from the queue (managers and administrators): take, assign, set the priority,
 * defer with a reason. Each ticket goes through {@link AgentDesk}, the one place its checks live (S5 role and tier,
 * T5 transitions, S1 the plan's priorities, T12 reasons), in a transaction of its own: a ticket refused leaves the
 * others done and itself untouched, and each refusal comes back with its ticket. Every change is audited and in the
 * ticket's history like a single one.
 */
@Stateless
@RolesAllowed({Groups.ADMIN, Groups.MANAGER})
public class BulkDesk {

    /** The most tickets one bulk action takes. */
    public static final int TICKETS_MAX = 100;

    /** What to do to every chosen ticket. */
    public enum Kind {
        TAKE, ASSIGN, PRIORITY, DEFER
    }

    /** The action and the one value it needs: an assignee (ASSIGN), a priority (PRIORITY) or a reason (DEFER). */
    public record Action(Kind kind, String assignee, Priority priority, DeferralReason reason) {

        public static Action take() {
            return new Action(Kind.TAKE, null, null, null);
        }

        public static Action assign(String assignee) {
            return new Action(Kind.ASSIGN, assignee, null, null);
        }

        public static Action priority(Priority priority) {
            return new Action(Kind.PRIORITY, null, priority, null);
        }

        public static Action defer(DeferralReason reason) {
            return new Action(Kind.DEFER, null, null, reason);
        }
    }

    /** One ticket's outcome: done, or refused with the reason its own action would have given. */
    public record Outcome(long ticketId, DeskException refusal) {

        public boolean done() {
            return refusal == null;
        }
    }

    @EJB
    AgentDesk desk;

    @Inject
    StaffAccess access;

    /**
     * Applies the action to each ticket in the order given (repeats once). What the whole action needs is checked
     * first and refuses it before any ticket changes: a kind, its value (an active staff member to assign to, a
     * priority, a reason) and 1 to {@link #TICKETS_MAX} tickets.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Outcome> apply(Action action, List<Long> ticketIds) {
        check(action);
        List<Long> tickets = new ArrayList<>(new LinkedHashSet<>(ticketIds == null ? List.of() : ticketIds));
        tickets.removeIf(java.util.Objects::isNull);
        if (tickets.isEmpty()) {
            throw DeskException.invalid("tickets", null, "Choose at least one ticket.")
                    .because("refusal.noTickets");
        }
        if (tickets.size() > TICKETS_MAX) {
            throw DeskException.invalid("tickets", null, "At most " + TICKETS_MAX + " tickets at once; "
                    + tickets.size() + " were chosen.").because("refusal.tooManyTickets", TICKETS_MAX, tickets.size());
        }
        List<Outcome> outcomes = new ArrayList<>(tickets.size());
        for (long id : tickets) {
            try {
                once(action, id);
                outcomes.add(new Outcome(id, null));
            } catch (DeskException refused) {
                outcomes.add(new Outcome(id, refused));
            } catch (jakarta.ejb.EJBException e) {
                if (!conflict(e)) {
                    throw e;
                }
                outcomes.add(new Outcome(id, new DeskException(org.deskline.platform.ErrorCode.CONCURRENT_MODIFICATION,
                        "ticketId", null, "Someone else changed ticket " + id + " meanwhile; it was left as it is.")
                        .because("refusal.changedMeanwhile")));
            }
        }
        return outcomes;
    }

    /** A lock or version conflict with someone working the same ticket (anything else is no refusal: it goes on). */
    private static boolean conflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private void check(Action action) {
        if (action == null || action.kind() == null) {
            throw DeskException.invalid("action", null, "Choose what to do.").because("refusal.noAction");
        }
        switch (action.kind()) {
            case ASSIGN -> {
                String to = action.assignee() == null ? "" : action.assignee().strip();
                if (access.member(to).isEmpty()) {
                    throw DeskException.invalid("assignee", null, "No active staff member has that user name.")
                            .because("refusal.noSuchStaff");
                }
            }
            case PRIORITY -> {
                if (action.priority() == null) {
                    throw DeskException.invalid("priority", null, "Choose a priority.").because("refusal.noPriority");
                }
            }
            case DEFER -> {
                if (action.reason() == null) {
                    throw DeskException.invalid("reason", "T12", "A deferral needs its reason.")
                            .because("refusal.deferralReason");
                }
            }
            case TAKE -> {
                // the caller takes them: nothing more to choose
            }
        }
    }

    /** One ticket, through the single-ticket action (its own transaction: AgentDesk's methods require one). */
    private void once(Action action, long ticketId) {
        switch (action.kind()) {
            case TAKE -> desk.take(ticketId);
            case ASSIGN -> desk.assign(ticketId, action.assignee());
            case PRIORITY -> desk.reclassify(ticketId, action.priority(), null, null);
            case DEFER -> desk.defer(ticketId, action.reason());
        }
    }
}
