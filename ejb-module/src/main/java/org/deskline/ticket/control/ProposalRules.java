package org.deskline.ticket.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.deskline.platform.DeskException;

/** T1: what a proposal for a development request must state. */
public final class ProposalRules {

    public static final BigDecimal MAX_HOURS = new BigDecimal("10000");

    private ProposalRules() {
    }

    public static void check(String scope, BigDecimal estimateHours, BigDecimal price, String currency,
                             Instant validUntil, Instant now) {
        if (scope == null || scope.isBlank() || scope.strip().length() > TicketRules.DESCRIPTION_MAX) {
            throw DeskException.invalid("scope", "T1", "scope is required, at most "
                    + TicketRules.DESCRIPTION_MAX + " characters.");
        }
        if (estimateHours == null || estimateHours.signum() <= 0 || estimateHours.compareTo(MAX_HOURS) > 0
                || estimateHours.scale() > 2) {
            throw DeskException.invalid("estimateHours", "T1",
                    "estimateHours is more than 0 and at most " + MAX_HOURS + ", in hundredths at most.");
        }
        if (price == null || price.signum() < 0 || price.scale() > 2) {
            throw DeskException.invalid("price", "T1", "price is 0 or more, in hundredths at most.");
        }
        try {
            if (currency == null || Currency.getInstance(currency).getCurrencyCode().length() != 3) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw DeskException.invalid("currency", "T1", "currency is an ISO 4217 code such as IRR, RUB or EUR.");
        }
        if (validUntil == null || !validUntil.isAfter(now)) {
            throw DeskException.invalid("validUntil", "T1", "validUntil must be in the future.");
        }
    }
}
