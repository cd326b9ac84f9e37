package org.deskline.billing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.deskline.billing.control.BillingRules;
import org.deskline.billing.control.TicketTermsBook;
import org.deskline.billing.control.TimeEntries;
import org.deskline.billing.entity.FeatureRoute;
import org.deskline.billing.entity.ServiceType;
import org.deskline.billing.entity.TicketTerms;
import org.deskline.billing.entity.TimeEntry;
import org.deskline.billing.entity.WorkClass;
import org.deskline.platform.DeskException;
import org.deskline.security.boundary.StaffAccess;
import org.deskline.security.control.Audited;
import org.deskline.security.entity.Groups;
import org.deskline.ticket.entity.Ticket;

/**
 * Billing work on one ticket, for whoever may change that ticket (S5, checked here in the same transaction, after
 * the ticket is locked): classify it (B2), route a development request (B8), record the customer's consent before
 * production work (B9), and log time with the billed figure shown first (B4, B5). The actor recorded is always the
 * caller principal.
 */
@Stateless
@RolesAllowed({Groups.ADMIN, Groups.MANAGER, Groups.AGENT, Groups.QUALITY_CONTROL})
public class TicketBilling {

    @PersistenceContext
    EntityManager em;

    @Inject
    TimeEntries entries;

    @Inject
    TicketTermsBook book;

    @Inject
    Clock clock;

    @Inject
    StaffAccess access;

    /** B2: the ticket is a bug in the product, or not. */
    @Audited
    public TicketTerms classify(long ticketId, WorkClass workClass) {
        if (workClass == null) {
            throw DeskException.invalid("workClass", "B2", "Choose BUG or NOT_A_BUG.");
        }
        Ticket ticket = ticket(ticketId, LockModeType.PESSIMISTIC_WRITE);
        access.requireWork(ticketId);
        TicketTerms terms = book.forChange(ticket, clock.instant());
        terms.classify(workClass);
        return terms;
    }

    /** B8: sends a development request to R&D (no date promised) or to paid custom development. */
    @Audited
    public TicketTerms routeFeatureRequest(long ticketId, FeatureRoute route) {
        Ticket ticket = ticket(ticketId, LockModeType.PESSIMISTIC_WRITE);
        access.requireWork(ticketId);
        BillingRules.checkRoute(ticket.getKind(), route, ticketId);
        TicketTerms terms = book.forChange(ticket, clock.instant());
        terms.route(route);
        return terms;
    }

    /** B9: the customer's consent to work on its production database, recorded on the ticket. */
    @Audited
    public TicketTerms recordConsent(long ticketId, String givenBy, String note) {
        BillingRules.checkConsent(givenBy, note);
        Ticket ticket = ticket(ticketId, LockModeType.PESSIMISTIC_WRITE);
        String agent = access.requireWork(ticketId);
        Instant now = clock.instant();
        TicketTerms terms = book.forChange(ticket, now);
        terms.recordConsent(givenBy.strip(), now, note.strip() + " (recorded by " + agent + ")");
        return terms;
    }

    /** B4: what the entry would cost and who would pay, before saving. */
    public TimeEntries.Quote preview(long ticketId, Instant start, Instant end, ServiceType service) {
        BillingRules.checkEntry(start, end, service, null);
        return entries.quote(ticket(ticketId, LockModeType.NONE), service, start, end);
    }

    /** B4/B5: logs time on a ticket, priced and paid as previewed (the package is debited in this transaction). */
    @Audited
    public TimeEntry logTime(long ticketId, Instant start, Instant end, ServiceType service, String note) {
        return logTime(ticketId, start, end, service, note, false);
    }

    /**
     * B4/B5/B9: logs time on a ticket, priced and paid as previewed (the package is debited in this transaction);
     * work that changed the customer's production database only while its consent stands.
     */
    @Audited
    public TimeEntry logTime(long ticketId, Instant start, Instant end, ServiceType service, String note,
                             boolean onProduction) {
        BillingRules.checkEntry(start, end, service, note);
        Ticket ticket = ticket(ticketId, LockModeType.NONE);
        String agent = access.requireWork(ticketId);
        BillingRules.checkProductionConsent(onProduction,
                book.of(ticketId).map(TicketTerms::hasConsent).orElse(false), ticketId);
        return entries.log(ticket, agent, start, end, service, note, onProduction);
    }

    /** The ticket whose billing this is (its kind decides whether B8 applies). */
    public Ticket ticket(long ticketId) {
        return ticket(ticketId, LockModeType.NONE);
    }

    /** B2/B8/B9: support's billing decisions on the ticket so far (an empty set of terms before the first). */
    public TicketTerms terms(long ticketId) {
        Ticket ticket = ticket(ticketId, LockModeType.NONE);
        return book.of(ticketId).orElseGet(() -> new TicketTerms(ticketId, ticket.getOrganizationId()));
    }

    /** The time logged on a ticket, in the order it was worked. */
    public List<TimeEntry> entriesOf(long ticketId) {
        return em.createQuery("select e from TimeEntry e where e.ticketId = :t order by e.startedAt, e.id",
                TimeEntry.class).setParameter("t", ticketId).getResultList();
    }

    private Ticket ticket(long id, LockModeType lock) {
        Ticket ticket = em.find(Ticket.class, id, lock);
        if (ticket == null) {
            throw DeskException.notFound("ticketId", "ticket", id);
        }
        return ticket;
    }
}
