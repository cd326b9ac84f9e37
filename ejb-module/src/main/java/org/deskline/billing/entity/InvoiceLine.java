package org.deskline.billing.entity;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** B7: one invoiced time entry, as it stood when the invoice was issued. */
@Embeddable
public class InvoiceLine {

    private Long timeEntryId;

    private String description;

    private BigDecimal amount;

    protected InvoiceLine() {
    }

    public InvoiceLine(long timeEntryId, String description, BigDecimal amount) {
        this.timeEntryId = timeEntryId;
        this.description = description;
        this.amount = amount;
    }

    public Long getTimeEntryId() {
        return timeEntryId;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
