package org.deskline.billing.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.deskline.billing.control.BillingSettings;
import org.deskline.billing.control.Money;
import org.deskline.billing.control.TimeEntries;
import org.deskline.billing.entity.BillingPlan;
import org.deskline.billing.entity.EntryState;
import org.deskline.billing.entity.HoursPackage;
import org.deskline.billing.entity.ServiceType;
import org.deskline.billing.entity.Subscription;
import org.deskline.billing.entity.SubscriptionEvent;
import org.deskline.billing.entity.TimeDispute;
import org.deskline.billing.entity.TimeEntry;
import org.deskline.billing.entity.WorkClass;
import org.deskline.organization.entity.Organization;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.ticket.entity.Ticket;

/**
 * Billing for staff (the console): classify tickets (B2), log time on them with the billed figure shown first (B4),
 * record the customer's consent before production work (B9), sell subscriptions and hours packages (B1, B5), and
 * settle disputes (B6). Every refusal is a DeskException naming field and rule; nothing is half-written.
 */
@Stateless
public class Billing {

    /** Longer entries are almost always a forgotten stop; split real ones. */
    static final Duration LONGEST_ENTRY = Duration.ofHours(24);

    @PersistenceContext
    EntityManager em;

    @Inject
    TimeEntries entries;

    @Inject
    BillingSettings settings;

    @Inject
    Clock clock;

    /** B2: the ticket is a bug in the product, or not. */
    public Ticket classify(long ticketId, WorkClass workClass, String agent) {
        if (workClass == null) {
            throw DeskException.invalid("workClass", "B2", "Choose BUG or NOT_A_BUG.");
        }
        Ticket ticket = ticket(ticketId, LockModeType.PESSIMISTIC_WRITE);
        ticket.classify(workClass, clock.instant());
        return ticket;
    }

    /** B9: the customer's consent to work on its production database, recorded on the ticket. */
    public Ticket recordConsent(long ticketId, String givenBy, String note, String agent) {
        if (givenBy == null || givenBy.isBlank() || givenBy.length() > 100) {
            throw DeskException.invalid("consentBy", "B9", "Name the customer's person who gave consent (at most 100 "
                    + "characters).");
        }
        if (note == null || note.isBlank() || note.length() > 1000) {
            throw DeskException.invalid("consentNote", "B9", "Say what the consent covers (at most 1000 characters).");
        }
        Ticket ticket = ticket(ticketId, LockModeType.PESSIMISTIC_WRITE);
        ticket.recordConsent(givenBy.strip(), clock.instant(), note.strip() + " (recorded by " + agent + ")");
        return ticket;
    }

    /** B4: what the entry would cost and who would pay, before saving. */
    public TimeEntries.Quote preview(long ticketId, Instant start, Instant end, ServiceType service) {
        checkEntry(start, end, service);
        return entries.quote(ticket(ticketId, LockModeType.NONE), service, start, end);
    }

    /** B4/B5: logs time on a ticket, priced and paid as previewed (the package is debited in this transaction). */
    public TimeEntry logTime(long ticketId, String agent, Instant start, Instant end, ServiceType service,
                             String note) {
        checkEntry(start, end, service);
        if (note != null && note.length() > 1000) {
            throw DeskException.invalid("note", null, "A note has at most 1000 characters.");
        }
        Ticket ticket = ticket(ticketId, LockModeType.NONE);
        TimeEntries.Quote quote = entries.quote(ticket, service, start, end);
        TimeEntry entry = new TimeEntry(ticket.getOrganizationId(), ticket.getId(), agent, start, end, service, note,
                clock.instant());
        em.persist(entry);
        em.flush(); // the id, for the package movement
        entries.apply(entry, quote, agent);
        return entry;
    }

    public List<TimeEntry> entriesOf(long ticketId) {
        return em.createQuery("select e from TimeEntry e where e.ticketId = :t order by e.startedAt, e.id",
                TimeEntry.class).setParameter("t", ticketId).getResultList();
    }

    /** B1: a new subscription for an organization, from a day, for one term of the plan. */
    public Subscription subscribe(long organizationId, String planCode, LocalDate startsOn, String actor) {
        if (em.find(Organization.class, organizationId) == null) {
            throw DeskException.notFound("organizationId", "organization", organizationId);
        }
        BillingPlan plan = plan(planCode);
        if (startsOn == null) {
            throw DeskException.invalid("startsOn", "B1", "A subscription needs its first day.");
        }
        Subscription s = new Subscription(organizationId, plan, startsOn,
                startsOn.plusMonths(plan.getTermMonths()).minusDays(1), settings.graceDays());
        s.checkAt(clock.instant());
        em.persist(s);
        em.flush();
        em.persist(new SubscriptionEvent(s.getId(), clock.instant(), "CREATED", null, plan.getCode(), startsOn, actor,
                null));
        return s;
    }

    /** B5: a prepaid package of person-hours for an organization. */
    public HoursPackage sellHours(long organizationId, String name, long hours, Money hourlyRate, LocalDate expiresOn,
                                  boolean overageAllowed, long lowBalanceHours, String actor) {
        if (em.find(Organization.class, organizationId) == null) {
            throw DeskException.notFound("organizationId", "organization", organizationId);
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw DeskException.invalid("name", "B5", "A package needs a name of at most 100 characters.");
        }
        if (hours <= 0 || hours > 10_000) {
            throw DeskException.invalid("hours", "B5", "A package holds 1 to 10000 hours.");
        }
        if (lowBalanceHours < 0 || lowBalanceHours >= hours) {
            throw DeskException.invalid("lowBalanceHours", "B5", "The low-balance threshold is below the hours sold.");
        }
        HoursPackage p = new HoursPackage(organizationId, name.strip(), hours * 60, hourlyRate, expiresOn,
                overageAllowed, lowBalanceHours * 60, clock.instant());
        em.persist(p);
        em.flush();
        em.persist(new org.deskline.billing.entity.HoursMovement(p.getId(), clock.instant(), hours * 60, hours * 60,
                null, "purchase of " + hours + " h", actor));
        return p;
    }

    /** B6: the open disputes, oldest first (the managers' queue). */
    public List<TimeDispute> openDisputes() {
        return em.createQuery("select d from TimeDispute d where d.state = :s order by d.openedAt, d.id",
                TimeDispute.class).setParameter("s", TimeDispute.State.OPEN).getResultList();
    }

    /**
     * B6: a manager settles a dispute: confirms the entry as billed, or corrects the minutes worked; the entry is
     * priced again and the package balance follows (minutes given back, the corrected charge taken). Audited on the
     * dispute (who, when, why, minutes before and after).
     */
    public TimeDispute settle(long disputeId, boolean confirm, Long correctedMinutes, String resolution,
                              String manager) {
        TimeDispute dispute = em.find(TimeDispute.class, disputeId, LockModeType.PESSIMISTIC_WRITE);
        if (dispute == null) {
            throw DeskException.notFound("disputeId", "dispute", disputeId);
        }
        if (dispute.getState() != TimeDispute.State.OPEN) {
            throw new DeskException(ErrorCode.ILLEGAL_TRANSITION, "disputeId", "B6", "Dispute " + disputeId
                    + " was settled already (" + dispute.getState() + ").");
        }
        if (resolution == null || resolution.isBlank() || resolution.length() > 2000) {
            throw DeskException.invalid("resolution", "B6", "Explain the decision to the customer (at most 2000 "
                    + "characters).");
        }
        TimeEntry entry = em.find(TimeEntry.class, dispute.getTimeEntryId(), LockModeType.PESSIMISTIC_WRITE);
        long before = entry.getWorkedMinutes();
        if (confirm) {
            entry.moveTo(EntryState.CONFIRMED);
            dispute.settle(TimeDispute.State.CONFIRMED, manager, clock.instant(), resolution.strip(), before, before);
            return dispute;
        }
        if (correctedMinutes == null || correctedMinutes < 1 || correctedMinutes > before) {
            throw DeskException.invalid("correctedMinutes", "B6", "A correction sets the minutes worked to between 1 "
                    + "and the " + before + " billed as worked.");
        }
        entries.refund(entry, "dispute " + disputeId + ": correction of time entry " + entry.getId(), manager);
        entry.correctEnd(entry.getStartedAt().plus(Duration.ofMinutes(correctedMinutes)));
        Ticket ticket = ticket(entry.getTicketId(), LockModeType.NONE);
        entries.apply(entry, entries.quote(ticket, entry.getServiceType(), entry.getStartedAt(), entry.getEndedAt()),
                manager);
        entry.moveTo(EntryState.CORRECTED);
        dispute.settle(TimeDispute.State.CORRECTED, manager, clock.instant(), resolution.strip(), before,
                correctedMinutes);
        return dispute;
    }

    private static void checkEntry(Instant start, Instant end, ServiceType service) {
        if (start == null) {
            throw DeskException.invalid("start", "B4", "A time entry needs its start.");
        }
        if (end == null || !end.isAfter(start.plusSeconds(59))) {
            throw DeskException.invalid("end", "B4", "A time entry ends at least a minute after it starts.");
        }
        if (Duration.between(start, end).compareTo(LONGEST_ENTRY) > 0) {
            throw DeskException.invalid("end", "B4", "A time entry is at most 24 hours; split longer work.");
        }
        if (service == null) {
            throw DeskException.invalid("serviceType", "B3", "Say what the time was spent on.");
        }
    }

    private BillingPlan plan(String code) {
        BillingPlan plan = code == null ? null : em.find(BillingPlan.class, code);
        if (plan == null) {
            throw DeskException.notFound("planCode", "plan", code);
        }
        return plan;
    }

    private Ticket ticket(long id, LockModeType lock) {
        Ticket ticket = em.find(Ticket.class, id, lock);
        if (ticket == null) {
            throw DeskException.notFound("ticketId", "ticket", id);
        }
        return ticket;
    }
}
