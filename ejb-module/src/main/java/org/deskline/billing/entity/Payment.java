package org.deskline.billing.entity;

import jakarta.persistence.Entity;
import java.math.BigDecimal;
import java.time.Instant;
import org.deskline.platform.entity.SequencedEntity;

/** B7: money received against an invoice (the payment history). */
@Entity
public class Payment extends SequencedEntity {

    private Long invoiceId;

    private Instant receivedAt;

    private BigDecimal amount;

    private String reference;

    private String recordedBy;

    protected Payment() {
    }

    public Payment(long invoiceId, Instant receivedAt, BigDecimal amount, String reference, String recordedBy) {
        this.invoiceId = invoiceId;
        this.receivedAt = receivedAt;
        this.amount = amount;
        this.reference = reference;
        this.recordedBy = recordedBy;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getReference() {
        return reference;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
