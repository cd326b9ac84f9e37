package org.deskline.billing.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.deskline.platform.entity.SequencedEntity;

/**
 * B4: time an agent spent on a ticket, as it was billed: worked and billed minutes, the parts at each rate, who pays
 * (coverage), the charged minutes taken from an hours package, the amount; B6: its dispute state.
 */
@Entity
@Table(name = "time_entry")
public class TimeEntry extends SequencedEntity {

    @Version
    private long version;

    private Long organizationId;

    private Long ticketId;

    private String agent;

    private Instant startedAt;

    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    private ServiceType serviceType;

    @Enumerated(EnumType.STRING)
    private Coverage coverage;

    private Long packageId;

    private long workedMinutes;

    private long billedMinutes;

    /** Minutes taken from the hours package: billed minutes weighted by the shift factors (0 unless PACKAGE). */
    private long chargedMinutes;

    private BigDecimal hourlyRate;

    private String currency;

    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    private EntryState state;

    private String note;

    private Instant createdAt;

    /** B9: the work changed the customer's production database (logged only while its consent stands). */
    private boolean onProduction;

    /** B7: the invoice this entry is on; null until invoiced (INVOICE entries only). */
    private Long invoiceId;

    /** B7: the amount as invoiced; a later correction (B6) differs from it until the next invoice settles it. */
    private BigDecimal invoicedAmount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "time_entry_part", joinColumns = @JoinColumn(name = "time_entry_id"))
    @OrderColumn(name = "position")
    private List<TimeEntryPart> parts = new ArrayList<>();

    protected TimeEntry() {
    }

    public TimeEntry(long organizationId, long ticketId, String agent, Instant startedAt, Instant endedAt,
                     ServiceType serviceType, String note, Instant createdAt) {
        this.organizationId = organizationId;
        this.ticketId = ticketId;
        this.agent = agent;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.serviceType = serviceType;
        this.note = note;
        this.createdAt = createdAt;
        this.state = EntryState.BILLED;
    }

    /** B9: this work changed the customer's production database. */
    public void onProduction() {
        this.onProduction = true;
    }

    public boolean isOnProduction() {
        return onProduction;
    }

    /** The figures of a (re)computed bill. */
    public void billed(Coverage newCoverage, Long newPackageId, long worked, long billed, long charged, Money rate,
                       Money total, List<TimeEntryPart> newParts) {
        this.coverage = newCoverage;
        this.packageId = newPackageId;
        this.workedMinutes = worked;
        this.billedMinutes = billed;
        this.chargedMinutes = charged;
        this.hourlyRate = rate.amount();
        this.currency = rate.currency().getCurrencyCode();
        this.amount = total.amount();
        this.parts = new ArrayList<>(newParts);
    }

    /** B6: a correction moves the end of the entry (the minutes worked); it is billed again from there. */
    public void correctEnd(Instant newEnd) {
        this.endedAt = newEnd;
    }

    public void invoicedOn(long invoice) {
        this.invoiceId = invoice;
        this.invoicedAmount = amount;
    }

    /** B6/B7: what a correction after invoicing changed (negative: a credit); zero when nothing is owed. */
    public BigDecimal uninvoicedDifference() {
        return invoiceId == null || invoicedAmount == null ? BigDecimal.ZERO : amount.subtract(invoicedAmount);
    }

    /** The difference went on an invoice. */
    public void differenceInvoiced() {
        this.invoicedAmount = amount;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public void moveTo(EntryState newState) {
        this.state = newState;
    }

    public long getVersion() {
        return version;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public String getAgent() {
        return agent;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public ServiceType getServiceType() {
        return serviceType;
    }

    public Coverage getCoverage() {
        return coverage;
    }

    public Long getPackageId() {
        return packageId;
    }

    public long getWorkedMinutes() {
        return workedMinutes;
    }

    public long getBilledMinutes() {
        return billedMinutes;
    }

    public long getChargedMinutes() {
        return chargedMinutes;
    }

    public Money getHourlyRate() {
        return Money.of(hourlyRate, currency);
    }

    public Money getAmount() {
        return Money.of(amount, currency);
    }

    public EntryState getState() {
        return state;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<TimeEntryPart> getParts() {
        return List.copyOf(parts);
    }
}
