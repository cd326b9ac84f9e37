package org.deskline.billing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.deskline.billing.control.BillingRules;
import org.deskline.billing.control.BillingSettings;
import org.deskline.billing.control.InvoicePricing;
import org.deskline.billing.entity.Invoice;
import org.deskline.billing.entity.Money;
import org.deskline.billing.entity.Payment;
import org.deskline.billing.entity.TimeEntry;
import org.deskline.platform.DeskException;
import org.deskline.security.control.Audited;
import org.deskline.security.entity.Groups;

/**
 * B7 for managers and administrators: invoices issued from the time logged (priced by {@link InvoicePricing}) and
 * the payments received against them. The actor recorded is always the caller principal.
 */
@Stateless
@RolesAllowed({Groups.ADMIN, Groups.MANAGER})
public class Invoicing {

    /** The accounts page shows at most this many invoices, newest first. */
    static final int LISTED = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    BillingSettings settings;

    @Inject
    Clock clock;

    @Inject
    Principal caller;

    /**
     * B7: invoices an organization's invoiced-coverage time entries started in [from, to) that are not on an invoice
     * yet and not under dispute (those wait for the manager), one line each, and the corrections settled disputes
     * left on entries invoiced before (B6).
     */
    @Audited
    public Invoice issueInvoice(long organizationId, Instant from, Instant to) {
        String actor = caller.getName();
        if (from == null || to == null || !to.isAfter(from)) {
            throw DeskException.invalid("to", "B7", "An invoice covers a period that ends after it starts.");
        }
        List<TimeEntry> billed = locked(em.createQuery("select e.id from TimeEntry e where e.organizationId = :org "
                        + "and e.coverage = org.deskline.billing.entity.Coverage.INVOICE and e.invoiceId is null "
                        + "and e.state <> org.deskline.billing.entity.EntryState.DISPUTED "
                        + "and e.startedAt >= :from and e.startedAt < :to order by e.startedAt, e.id", Long.class)
                .setParameter("org", organizationId).setParameter("from", from).setParameter("to", to)
                .getResultList()).stream().filter(e -> e.getInvoiceId() == null).toList();
        List<TimeEntry> corrected = locked(em.createQuery("select e.id from TimeEntry e where e.organizationId = :org "
                        + "and e.invoiceId is not null and e.state <> org.deskline.billing.entity.EntryState.DISPUTED "
                        + "and e.invoicedAmount is not null and e.invoicedAmount <> e.amount order by e.startedAt, e.id",
                        Long.class).setParameter("org", organizationId).getResultList()).stream()
                .filter(e -> e.uninvoicedDifference().signum() != 0).toList();
        InvoicePricing.Draft draft = InvoicePricing.price(billed.stream().map(InvoicePricing.Billed::of).toList(),
                corrected.stream().map(InvoicePricing.Correction::of).toList(), settings.zone());
        var invoice = new Invoice(organizationId, from, to, clock.instant(), actor, draft.currency(), draft.lines());
        em.persist(invoice);
        em.flush();
        billed.forEach(e -> e.invoicedOn(invoice.getId()));
        corrected.forEach(TimeEntry::differenceInvoiced);
        return invoice;
    }

    /** B7: money received against an invoice; never more than is outstanding. */
    @Audited
    public Invoice recordPayment(long invoiceId, Money amount, String reference) {
        String actor = caller.getName();
        var invoice = em.find(Invoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
        if (invoice == null) {
            throw DeskException.notFound("invoiceId", "invoice", invoiceId);
        }
        if (reference == null || reference.isBlank() || reference.length() > BillingRules.REFERENCE_LENGTH) {
            throw DeskException.invalid("reference", "B7", "A payment needs its bank or receipt reference.");
        }
        if (!amount.currency().equals(invoice.getTotal().currency()) || amount.amount().signum() <= 0
                || amount.amount().compareTo(invoice.outstanding().amount()) > 0) {
            throw DeskException.invalid("amount", "B7", "A payment is more than zero and at most the "
                    + invoice.outstanding() + " outstanding on " + invoice.getNumber() + ".");
        }
        invoice.pay(amount);
        em.persist(new Payment(invoiceId, clock.instant(), amount.amount(), reference.strip(), actor));
        return invoice;
    }

    /** B7: the latest invoices, newest first (accounts). */
    public List<Invoice> invoices() {
        return em.createQuery("select i from Invoice i order by i.issuedAt desc, i.id desc", Invoice.class)
                .setMaxResults(LISTED).getResultList();
    }

    private List<TimeEntry> locked(List<Long> ids) {
        return ids.stream().map(id -> em.find(TimeEntry.class, id, LockModeType.PESSIMISTIC_WRITE)).toList();
    }
}
