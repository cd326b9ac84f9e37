package org.deskline.billing.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deskline.alert.control.AlertOutbox;
import org.deskline.alert.entity.AlertType;
import org.deskline.billing.control.BillingRules;
import org.deskline.billing.control.SubscriptionChanges;
import org.deskline.billing.control.TicketTermsBook;
import org.deskline.billing.entity.BillingPlan;
import org.deskline.billing.entity.EntryState;
import org.deskline.billing.entity.HoursMovement;
import org.deskline.billing.entity.HoursPackage;
import org.deskline.billing.entity.Invoice;
import org.deskline.billing.entity.Payment;
import org.deskline.billing.entity.Subscription;
import org.deskline.billing.entity.SubscriptionEvent;
import org.deskline.billing.entity.TicketTerms;
import org.deskline.billing.entity.TimeDispute;
import org.deskline.billing.entity.TimeEntry;
import org.deskline.organization.control.CallerDirectory;
import org.deskline.organization.entity.Organization;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.platform.control.JsonDocs;
import org.deskline.ticket.entity.Ticket;

/**
 * Subscriptions, hours and time for customer systems (SOAP), always scoped to the caller's organization: another
 * organization's subscription, package or time entry answers NOT_FOUND exactly like a missing one.
 */
@Stateless
public class CustomerBilling {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerDirectory callers;

    @Inject
    AlertOutbox alerts;

    @Inject
    SubscriptionChanges changes;

    @Inject
    TicketTermsBook book;

    @Inject
    Clock clock;

    public List<Subscription> subscriptions(String apiClient) {
        return em.createNamedQuery(Subscription.OF_ORGANIZATION, Subscription.class)
                .setParameter("org", callers.require(apiClient)).getResultList();
    }

    public List<SubscriptionEvent> history(String apiClient, long subscriptionId) {
        Subscription s = subscription(apiClient, subscriptionId, LockModeType.NONE);
        return em.createQuery("select e from SubscriptionEvent e where e.subscriptionId = :s "
                + "order by e.occurredAt, e.id", SubscriptionEvent.class).setParameter("s", s.getId()).getResultList();
    }

    /**
     * B2/B8/B9: support's billing decisions on those of {@code ticketIds} that are the caller's and have any;
     * another organization's tickets never appear.
     */
    public Map<Long, TicketTerms> ticketTerms(String apiClient, Collection<Long> ticketIds) {
        long organization = callers.require(apiClient);
        if (ticketIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select t from TicketTerms t where t.organizationId = :org and t.ticketId in :ids",
                        TicketTerms.class).setParameter("org", organization).setParameter("ids", ticketIds)
                .getResultStream().collect(Collectors.toMap(TicketTerms::getTicketId, Function.identity()));
    }

    /**
     * B9 (seed 001): the customer gives (agree) or refuses consent to changes on its production database for one of
     * its tickets, naming who decided and, for a consent, what it covers. A refusal withdraws an earlier consent;
     * work on the production database is logged only while a consent stands. Another organization's ticket answers
     * NOT_FOUND like a missing one.
     */
    public TicketTerms respondToConsent(String apiClient, long ticketId, boolean agree, String consentBy,
                                        String consentNote) {
        long organization = callers.require(apiClient);
        Ticket ticket = em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
        if (ticket == null || ticket.getOrganizationId() != organization) {
            throw DeskException.notFound("ticketId", "ticket", ticketId);
        }
        if (agree) {
            BillingRules.checkConsent(consentBy, consentNote);
        } else {
            BillingRules.checkConsentBy(consentBy);
        }
        Instant now = clock.instant();
        TicketTerms terms = book.forChange(ticket, now);
        if (agree) {
            terms.recordConsent(consentBy.strip(), now, consentNote.strip() + " (given through " + apiClient + ")");
        } else {
            terms.refuseConsent(consentBy.strip(), now);
        }
        return terms;
    }

    /** The plans on offer. */
    public List<BillingPlan> plans(String apiClient) {
        callers.require(apiClient);
        return em.createQuery("select p from BillingPlan p where p.offered = true order by p.kind, p.rank, p.code",
                BillingPlan.class).getResultList();
    }

    /** B1: renews one of the caller's subscriptions for one more term (SubscriptionChanges.renew). */
    public Subscription renew(String apiClient, long subscriptionId) {
        return changes.renew(subscription(apiClient, subscriptionId, LockModeType.PESSIMISTIC_WRITE), apiClient);
    }

    /** B1: moves one of the caller's subscriptions to another plan (SubscriptionChanges.changePlan). */
    public Subscription changePlan(String apiClient, long subscriptionId, String planCode) {
        return changes.changePlan(subscription(apiClient, subscriptionId, LockModeType.PESSIMISTIC_WRITE), planCode,
                apiClient);
    }

    /** B5: the caller's hours packages. */
    public List<HoursPackage> packages(String apiClient) {
        return em.createQuery("select p from HoursPackage p where p.organizationId = :org order by p.createdAt, p.id",
                HoursPackage.class).setParameter("org", callers.require(apiClient)).getResultList();
    }

    /** B5: one package's movements, oldest first. */
    public List<HoursMovement> movements(String apiClient, long packageId) {
        long org = callers.require(apiClient);
        HoursPackage p = em.find(HoursPackage.class, packageId);
        if (p == null || p.getOrganizationId() != org) {
            throw DeskException.notFound("packageId", "hours package", packageId);
        }
        return em.createQuery("select m from HoursMovement m where m.packageId = :p order by m.occurredAt, m.id",
                HoursMovement.class).setParameter("p", packageId).getResultList();
    }

    /** B4: the caller's time entries, of one ticket or over a period [from, to). */
    public List<TimeEntry> timeEntries(String apiClient, Long ticketId, Instant from, Instant to) {
        long org = callers.require(apiClient);
        if (ticketId == null && (from == null || to == null)) {
            throw DeskException.invalid("from", null, "Give a ticket, or a period (from and to).");
        }
        if (from != null && to != null && !to.isAfter(from)) {
            throw DeskException.invalid("to", null, "The period ends after it starts.");
        }
        var q = em.createQuery("select e from TimeEntry e where e.organizationId = :org"
                + (ticketId == null ? "" : " and e.ticketId = :t")
                + (from == null ? "" : " and e.startedAt >= :from")
                + (to == null ? "" : " and e.startedAt < :to")
                + " order by e.startedAt, e.id", TimeEntry.class).setParameter("org", org);
        if (ticketId != null) {
            q.setParameter("t", ticketId);
        }
        if (from != null) {
            q.setParameter("from", from);
        }
        if (to != null) {
            q.setParameter("to", to);
        }
        return q.getResultList();
    }

    /** B6: the customer disputes a billed entry, with a reason; managers see it in their queue and an alert. */
    public TimeDispute dispute(String apiClient, long timeEntryId, String reason) {
        long org = callers.require(apiClient);
        TimeEntry entry = em.find(TimeEntry.class, timeEntryId, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null || entry.getOrganizationId() != org) {
            throw DeskException.notFound("timeEntryId", "time entry", timeEntryId);
        }
        if (reason == null || reason.isBlank() || reason.length() > BillingRules.DISPUTE_REASON_LENGTH) {
            throw DeskException.invalid("reason", "B6", "Say why the time is wrong (at most "
                    + BillingRules.DISPUTE_REASON_LENGTH + " characters).");
        }
        if (entry.getState() != EntryState.BILLED) {
            throw new DeskException(ErrorCode.ILLEGAL_TRANSITION, "timeEntryId", "B6", "Time entry " + timeEntryId
                    + " is " + entry.getState() + ": only a billed entry can be disputed, once.");
        }
        if (entry.getAmount().amount().signum() == 0) {
            throw new DeskException(ErrorCode.ILLEGAL_TRANSITION, "timeEntryId", "B6", "Time entry " + timeEntryId
                    + " was free (" + entry.getCoverage() + "); there is nothing to dispute.");
        }
        entry.moveTo(EntryState.DISPUTED);
        TimeDispute dispute = new TimeDispute(entry.getId(), org, apiClient, clock.instant(), reason.strip());
        em.persist(dispute);
        em.flush();
        alerts.record(AlertType.TIME_DISPUTED, em.find(Organization.class, org), "billing", JsonDocs.object()
                .add("subject", "TIME_ENTRY").add("timeEntryId", entry.getId()).add("ticketId", entry.getTicketId())
                .add("disputeId", dispute.getId()).add("reason", dispute.getReason()).build());
        return dispute;
    }

    /** B6: the disputes of the caller's time entries and how they were settled. */
    public List<TimeDispute> disputes(String apiClient) {
        return em.createQuery("select d from TimeDispute d where d.organizationId = :org order by d.openedAt, d.id",
                TimeDispute.class).setParameter("org", callers.require(apiClient)).getResultList();
    }

    /** B7: the caller's invoices, newest first. */
    public List<Invoice> invoices(String apiClient) {
        return em.createQuery("select i from Invoice i where i.organizationId = :org "
                + "order by i.issuedAt desc, i.id desc",
                Invoice.class).setParameter("org", callers.require(apiClient))
                .getResultList();
    }

    /** B7: one of the caller's invoices. */
    public Invoice invoice(String apiClient, long invoiceId) {
        long org = callers.require(apiClient);
        var invoice = em.find(Invoice.class, invoiceId);
        if (invoice == null || invoice.getOrganizationId() != org) {
            throw DeskException.notFound("invoiceId", "invoice", invoiceId);
        }
        return invoice;
    }

    /** B7: the payments received against one of the caller's invoices. */
    public List<Payment> payments(String apiClient, long invoiceId) {
        var invoice = invoice(apiClient, invoiceId);
        return em.createQuery("select p from Payment p where p.invoiceId = :i order by p.receivedAt, p.id",
                Payment.class).setParameter("i", invoice.getId()).getResultList();
    }

    private Subscription subscription(String apiClient, long id, LockModeType lock) {
        long org = callers.require(apiClient);
        Subscription s = em.find(Subscription.class, id, lock);
        if (s == null || s.getOrganizationId() != org) {
            throw DeskException.notFound("subscriptionId", "subscription", id);
        }
        return s;
    }
}
