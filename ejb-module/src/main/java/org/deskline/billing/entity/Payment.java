package org.deskline.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.math.BigDecimal;
import java.time.Instant;

/** B7: money received against an invoice (the payment history). */
@Entity
public class Payment {

    @Id
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    private Long id;

    @Column(name = "invoice_id", nullable = false)
    private Long invoiceId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(nullable = false, length = 100)
    private String reference;

    @Column(name = "recorded_by", nullable = false, length = 100)
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

    public Long getId() {
        return id;
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
