package org.deskline.billing.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import org.deskline.billing.entity.InvoiceLine;
import org.deskline.billing.entity.Money;
import org.deskline.billing.entity.ServiceType;
import org.deskline.billing.entity.TimeEntry;
import org.deskline.platform.DeskException;

/**
 * B7 and B6: what an invoice says, in plain Java. One line per invoiced time entry, as it was priced when logged,
 * then one line per correction a settled dispute left after the entry was invoiced (a credit when the correction
 * lowered it); the total is the sum of the lines, in the one currency of the period.
 */
public final class InvoicePricing {

    /** A time entry to invoice, as priced when it was logged. */
    public record Billed(long entryId, long ticketId, ServiceType service, Instant startedAt, long billedMinutes,
                         Money amount) {

        public static Billed of(TimeEntry e) {
            return new Billed(e.getId(), e.getTicketId(), e.getServiceType(), e.getStartedAt(), e.getBilledMinutes(),
                    e.getAmount());
        }
    }

    /** The part of an invoiced entry's price that a later correction changed and no invoice carries yet. */
    public record Correction(long entryId, long invoiceId, Money difference) {

        public static Correction of(TimeEntry e) {
            return new Correction(e.getId(), e.getInvoiceId(),
                    new Money(e.uninvoicedDifference(), e.getAmount().currency()));
        }
    }

    /** The lines of an invoice and their currency. */
    public record Draft(Currency currency, List<InvoiceLine> lines) {

        public BigDecimal total() {
            return lines.stream().map(InvoiceLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private InvoicePricing() {
    }

    /**
     * The invoice for these entries, dates shown in {@code zone}; refused ({@code VALIDATION} on {@code to}, B7) when
     * there is nothing to invoice or the period mixes currencies.
     */
    public static Draft price(List<Billed> billed, List<Correction> corrections, ZoneId zone) {
        if (billed.isEmpty() && corrections.isEmpty()) {
            throw DeskException.invalid("to", "B7", "Nothing to invoice in that period: no invoiced time that is not "
                    + "on an invoice or under dispute, and no correction to settle.");
        }
        Currency currency = billed.isEmpty() ? corrections.get(0).difference().currency()
                : billed.get(0).amount().currency();
        if (Stream.concat(billed.stream().map(Billed::amount), corrections.stream().map(Correction::difference))
                .anyMatch(m -> !m.currency().equals(currency))) {
            throw DeskException.invalid("to", "B7", "The period mixes currencies; invoice shorter periods.");
        }
        List<InvoiceLine> lines = new ArrayList<>();
        for (Billed b : billed) {
            lines.add(new InvoiceLine(b.entryId(), "ticket " + b.ticketId() + ", " + b.service() + ", "
                    + b.startedAt().atZone(zone).toLocalDateTime() + ", " + b.billedMinutes() + " min billed",
                    b.amount().amount()));
        }
        for (Correction c : corrections) {
            lines.add(new InvoiceLine(c.entryId(), "correction of time entry " + c.entryId() + " (INV-"
                    + c.invoiceId() + ") after a dispute", c.difference().amount()));
        }
        return new Draft(currency, List.copyOf(lines));
    }
}
