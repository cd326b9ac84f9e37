package org.deskline.billing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.deskline.billing.control.BillingRules;
import org.deskline.billing.control.TimeEntries;
import org.deskline.billing.entity.EntryState;
import org.deskline.billing.entity.TimeDispute;
import org.deskline.billing.entity.TimeEntry;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.security.control.Audited;
import org.deskline.security.entity.Groups;
import org.deskline.ticket.entity.Ticket;

/** B6 for managers and administrators: the queue of disputed time entries and their settlement. */
@Stateless
@RolesAllowed({Groups.ADMIN, Groups.MANAGER})
public class Disputes {

    @PersistenceContext
    EntityManager em;

    @Inject
    TimeEntries entries;

    @Inject
    Clock clock;

    @Inject
    Principal caller;

    /** B6: the open disputes, oldest first (the managers' queue). */
    public List<TimeDispute> openDisputes() {
        return em.createQuery("select d from TimeDispute d where d.state = :s order by d.openedAt, d.id",
                TimeDispute.class).setParameter("s", TimeDispute.State.OPEN).getResultList();
    }

    /** The time entry a dispute is about. */
    public TimeEntry entry(long id) {
        TimeEntry entry = em.find(TimeEntry.class, id);
        if (entry == null) {
            throw DeskException.notFound("timeEntryId", "time entry", id);
        }
        return entry;
    }

    /**
     * B6: a manager settles a dispute: confirms the entry as billed, or corrects the minutes worked; the entry is
     * priced again and the package balance follows (minutes given back, the corrected charge taken). Audited on the
     * dispute (who, when, why, minutes before and after).
     */
    @Audited
    public TimeDispute settle(long disputeId, boolean confirm, Long correctedMinutes, String resolution) {
        String manager = caller.getName();
        TimeDispute dispute = em.find(TimeDispute.class, disputeId, LockModeType.PESSIMISTIC_WRITE);
        if (dispute == null) {
            throw DeskException.notFound("disputeId", "dispute", disputeId);
        }
        if (dispute.getState() != TimeDispute.State.OPEN) {
            throw new DeskException(ErrorCode.ILLEGAL_TRANSITION, "disputeId", "B6", "Dispute " + disputeId
                    + " was settled already (" + dispute.getState() + ").");
        }
        if (resolution == null || resolution.isBlank() || resolution.length() > BillingRules.RESOLUTION_LENGTH) {
            throw DeskException.invalid("resolution", "B6", "Explain the decision to the customer (at most "
                    + BillingRules.RESOLUTION_LENGTH + " characters).");
        }
        TimeEntry entry = em.find(TimeEntry.class, dispute.getTimeEntryId(), LockModeType.PESSIMISTIC_WRITE);
        long before = entry.getWorkedMinutes();
        if (confirm) {
            entry.moveTo(EntryState.CONFIRMED);
            dispute.settle(TimeDispute.State.CONFIRMED, manager, clock.instant(), resolution.strip(), before, before);
            return dispute;
        }
        BillingRules.checkCorrection(before, correctedMinutes);
        entries.refund(entry, "dispute " + disputeId + ": correction of time entry " + entry.getId(), manager);
        entry.correctEnd(entry.getStartedAt().plus(Duration.ofMinutes(correctedMinutes)));
        Ticket ticket = em.find(Ticket.class, entry.getTicketId());
        TimeEntries.Quote again = entries.quote(ticket, entry.getServiceType(), entry.getStartedAt(),
                entry.getEndedAt());
        entries.price(entry, again);
        entries.charge(entry, again, manager);
        entry.moveTo(EntryState.CORRECTED);
        dispute.settle(TimeDispute.State.CORRECTED, manager, clock.instant(), resolution.strip(), before,
                correctedMinutes);
        return dispute;
    }
}
