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
import org.deskline.billing.control.InvoiceIssue;
import org.deskline.billing.entity.Invoice;
import org.deskline.billing.entity.Money;
import org.deskline.billing.entity.Payment;
import org.deskline.platform.DeskException;
import org.deskline.security.control.Audited;
import org.deskline.security.entity.Groups;

/**
 * B7 for managers and administrators: invoices issued from the time logged (priced by {@code InvoicePricing}) and
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
    Clock clock;

    @Inject
    Principal caller;

    @Inject
    InvoiceIssue issue;

    /**
     * B7: invoices an organization's invoiced-coverage time entries started in [from, to) that are not on an invoice
     * yet and not under dispute (those wait for the manager), one line each, and the corrections settled disputes
     * left on entries invoiced before (B6).
     */
    @Audited
    public Invoice issueInvoice(long organizationId, Instant from, Instant to) {
        return issue.issue(organizationId, from, to, caller.getName());
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

}
