package org.deskline.billing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.deskline.billing.entity.Invoice;
import org.deskline.billing.entity.TimeEntry;
import org.deskline.platform.DeskException;

/**
 * B7: issues an invoice for whoever the boundary names: the accounts page's {@code Invoicing} passes the caller
 * principal; the demo's history its manager.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class InvoiceIssue {

    @PersistenceContext
    EntityManager em;

    @Inject
    BillingSettings settings;

    @Inject
    Clock clock;

    /**
     * Invoices an organization's invoiced-coverage time entries started in [from, to) that are not on an invoice yet
     * and not under dispute (those wait for the manager), one line each, and the corrections settled disputes left
     * on entries invoiced before (B6).
     */
    public Invoice issue(long organizationId, Instant from, Instant to, String actor) {
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

    private List<TimeEntry> locked(List<Long> ids) {
        return ids.stream().map(id -> em.find(TimeEntry.class, id, LockModeType.PESSIMISTIC_WRITE)).toList();
    }
}
