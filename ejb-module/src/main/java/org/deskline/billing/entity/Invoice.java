package org.deskline.billing.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.deskline.platform.entity.SequencedEntity;

/**
 * B7: the invoiced time of a period: its lines (frozen at issue), total (the sum of the lines), what was paid, and
 * its number {@code INV-<id>}. Open until paid in full.
 */
@Entity
public class Invoice extends SequencedEntity {

    /** Open until the payments reach the total. */
    public enum Status {
        OPEN, PAID
    }

    @Version
    private long version;

    private Long organizationId;

    private Instant periodFrom;

    private Instant periodTo;

    private Instant issuedAt;

    private String issuedBy;

    private String currency;

    private BigDecimal total;

    private BigDecimal paid;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderColumn(name = "position")
    private List<InvoiceLine> lines = new ArrayList<>();

    protected Invoice() {
    }

    public Invoice(long organizationId, Instant periodFrom, Instant periodTo, Instant issuedAt, String issuedBy,
                   Currency currency, List<InvoiceLine> lines) {
        this.organizationId = organizationId;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.currency = currency.getCurrencyCode();
        this.lines = new ArrayList<>(lines);
        this.total = lines.stream().map(InvoiceLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.paid = BigDecimal.ZERO;
        // nothing to pay, or a credit (corrections after invoicing, B6): settled as it stands
        this.status = total.signum() <= 0 ? Status.PAID : Status.OPEN;
    }

    /** Records a payment; the invoice is paid once the payments reach the total. */
    public void pay(Money amount) {
        paid = paid.add(amount.amount());
        if (paid.compareTo(total) >= 0) {
            status = Status.PAID;
        }
    }

    public Money outstanding() {
        return Money.of(total.subtract(paid), currency);
    }

    public String getNumber() {
        return "INV-" + getId();
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Instant getPeriodFrom() {
        return periodFrom;
    }

    public Instant getPeriodTo() {
        return periodTo;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Money getTotal() {
        return Money.of(total, currency);
    }

    public Money getPaid() {
        return Money.of(paid, currency);
    }

    public Status getStatus() {
        return status;
    }

    public List<InvoiceLine> getLines() {
        return List.copyOf(lines);
    }
}
