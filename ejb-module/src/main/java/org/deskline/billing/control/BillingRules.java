package org.deskline.billing.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.deskline.billing.entity.Coverage;
import org.deskline.billing.entity.ServiceType;
import org.deskline.billing.entity.WorkClass;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;

/**
 * B1-B3, B5: who pays for a time entry.
 * <ul>
 * <li>B2: support and bug fixing follow the ticket's classification: a bug is free support, anything else
 * billable; a ticket not classified yet cannot take such time (the agent decides first).</li>
 * <li>B1: free support (bug fixes, backups, upgrades, account questions) is free only while the organization's
 * support subscription is active; otherwise it is paid work like the billable services of B3.</li>
 * <li>Paid work is taken from an hours package that covers it (B5: its charged minutes, without going below zero
 * unless overage is allowed), else invoiced at the subscription's rate if the subscription is active; with
 * neither it is refused (NOT_COVERED).</li>
 * </ul>
 */
public final class BillingRules {

    /** The longest single time entry: longer ones are almost always a forgotten stop; split real ones (B4). */
    public static final java.time.Duration LONGEST_ENTRY = java.time.Duration.ofHours(24);
    /** Characters in a time entry's note. */
    public static final int NOTE_LENGTH = 1000;
    /** Characters in a plan's or a package's name. */
    public static final int NAME_LENGTH = 100;
    /** Characters in a payment's bank or receipt reference. */
    public static final int REFERENCE_LENGTH = 100;
    /** Characters in a manager's explanation of a settled dispute. */
    public static final int RESOLUTION_LENGTH = 2000;
    /** B6: characters in a customer's reason for disputing time. */
    public static final int DISPUTE_REASON_LENGTH = 2000;
    /** Characters in the name of whoever gave consent, and in what the consent covers. */
    public static final int CONSENT_BY_LENGTH = 100;
    public static final int CONSENT_NOTE_LENGTH = 900;
    /** Hours one package holds at most. */
    public static final long PACKAGE_HOURS_MAX = 10_000;
    /** A plan's term in months, at most. */
    public static final int TERM_MONTHS_MAX = 60;

    private BillingRules() {
    }

    /** B3/B4: a time entry has a start, ends at least a minute later and within a day, and says what it was. */
    public static void checkEntry(java.time.Instant start, java.time.Instant end, ServiceType service, String note) {
        if (start == null) {
            throw DeskException.invalid("start", "B4", "A time entry needs its start.");
        }
        if (end == null || !end.isAfter(start.plusSeconds(59))) {
            throw DeskException.invalid("end", "B4", "A time entry ends at least a minute after it starts.")
                    .because("refusal.entryTooShort");
        }
        if (java.time.Duration.between(start, end).compareTo(LONGEST_ENTRY) > 0) {
            throw DeskException.invalid("end", "B4", "A time entry is at most " + LONGEST_ENTRY.toHours()
                    + " hours; split longer work.").because("refusal.entryTooLong", LONGEST_ENTRY.toHours());
        }
        if (service == null) {
            throw DeskException.invalid("serviceType", "B3", "Say what the time was spent on.");
        }
        if (note != null && note.length() > NOTE_LENGTH) {
            throw DeskException.invalid("note", null, "A note has at most " + NOTE_LENGTH + " characters.");
        }
    }

    /** B1: a plan's name, and a price and hourly rate that are not negative and in one currency. */
    public static void checkPlanTerms(String name, org.deskline.billing.entity.Money price,
                                      org.deskline.billing.entity.Money hourlyRate) {
        if (name == null || name.isBlank() || name.length() > NAME_LENGTH) {
            throw DeskException.invalid("name", "B1", "A plan needs a name of at most " + NAME_LENGTH
                    + " characters.");
        }
        if (price == null || hourlyRate == null || price.isNegative() || hourlyRate.isNegative()
                || !price.currency().equals(hourlyRate.currency())) {
            throw DeskException.invalid("price", "B1", "Price and hourly rate are not negative and in one currency.");
        }
    }

    /** What the rule decided and why, in words for the agent and the customer. */
    public record Payer(Coverage coverage, String reason) {
    }

    public static Payer payer(ServiceType service, WorkClass workClass, boolean supportActive,
                              boolean packageCovers) {
        return payer(service, workClass, supportActive, packageCovers, false);
    }

    /**
     * Who pays for an entry: free under an active subscription, else the hours package, else an invoice at the
     * subscription's rate; without either, refused ({@code NOT_COVERED}), except on an emergency, which is served
     * 24/7/365 whatever the subscription (seed 003) and so is invoiced (B1).
     */
    public static Payer payer(ServiceType service, WorkClass workClass, boolean supportActive,
                              boolean packageCovers, boolean emergency) {
        if (service.cost() == ServiceType.Cost.NEVER_BILLED) {
            return new Payer(Coverage.FREE, service + " is never billed: pointing to free training material (seed 001, "
                    + "K1).");
        }
        boolean free = switch (service.cost()) {
            case FREE_SUPPORT, NEVER_BILLED -> true;
            case BILLABLE -> false;
            case BY_CLASSIFICATION -> {
                if (workClass == null) {
                    throw DeskException.invalid("workClass", "B2", "Classify the ticket as BUG or NOT_A_BUG before "
                            + "logging " + service + " time on it: the classification decides whether it is free.");
                }
                yield workClass == WorkClass.BUG;
            }
        };
        String what = service + (service.cost() == ServiceType.Cost.BY_CLASSIFICATION ? " (" + workClass + ")" : "");
        if (free && supportActive) {
            return new Payer(Coverage.FREE, what + " is free support under the active subscription (B1).");
        }
        String paid = free ? what + " is free support only while the subscription is active (B1); it is paid work now"
                : what + " is billable (" + (service.cost() == ServiceType.Cost.BILLABLE ? "B3" : "B2") + ")";
        if (packageCovers) {
            return new Payer(Coverage.PACKAGE, paid + ", taken from the hours package (B5).");
        }
        if (supportActive) {
            return new Payer(Coverage.INVOICE, paid + ", invoiced at the subscription's rate (B4, B7).");
        }
        if (emergency) {
            return new Payer(Coverage.INVOICE, paid + "; an emergency is served whatever the subscription (seed 003: "
                    + "24/7/365) and invoiced at the last support plan's rate (B1, B4).");
        }
        throw new DeskException(ErrorCode.NOT_COVERED, "serviceType", "B1", paid + ": it needs an active support "
                + "subscription or an hours package with enough balance, and the organization has neither.");
    }

    /** B5: the minutes a package pays: billed minutes times their shift factor, rounded half up to whole minutes. */
    public static long chargedMinutes(TimeBilling.Bill bill) {
        BigDecimal weighted = bill.parts().stream()
                .map(p -> p.rate().factor().multiply(BigDecimal.valueOf(p.billedMinutes())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return weighted.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** B6: a correction sets the minutes worked to between 1 and what was billed as worked. */
    public static void checkCorrection(long workedBefore, Long corrected) {
        if (corrected == null || corrected < 1 || corrected > workedBefore) {
            throw DeskException.invalid("correctedMinutes", "B6", "A correction sets the minutes worked to between 1 "
                    + "and the " + workedBefore + " billed as worked.");
        }
    }

    /** B8: only development requests are routed, to R&D or to paid development. */
    public static void checkRoute(org.deskline.ticket.entity.TicketKind kind,
                                  org.deskline.billing.entity.FeatureRoute route, long ticketId) {
        if (route == null) {
            throw DeskException.invalid("route", "B8", "Choose RND or PAID_DEVELOPMENT.");
        }
        if (kind != org.deskline.ticket.entity.TicketKind.DEVELOPMENT_REQUEST) {
            throw DeskException.invalid("route", "B8", "Only development requests are routed; ticket " + ticketId
                    + " is " + kind + ".");
        }
    }

    /** B8: a request that went to R&D gets no proposal, price or date. */
    public static void checkProposalAllowed(org.deskline.billing.entity.FeatureRoute route, long ticketId) {
        if (route == org.deskline.billing.entity.FeatureRoute.RND) {
            throw new DeskException(ErrorCode.ILLEGAL_TRANSITION, "ticketId", "B8", "Ticket " + ticketId + " went to "
                    + "R&D: no proposal, price or date is promised for it. Route it to paid development first.");
        }
    }

    /** B9: consent names the customer's person who gave it and what it covers. */
    public static void checkConsent(String givenBy, String note) {
        checkConsentBy(givenBy);
        if (note == null || note.isBlank() || note.length() > CONSENT_NOTE_LENGTH) {
            throw DeskException.invalid("consentNote", "B9", "Say what the consent covers (at most "
                    + CONSENT_NOTE_LENGTH + " characters).");
        }
    }

    /** B9: a consent or a refusal names the customer's person who decided. */
    public static void checkConsentBy(String by) {
        if (by == null || by.isBlank() || by.length() > CONSENT_BY_LENGTH) {
            throw DeskException.invalid("consentBy", "B9", "Name the customer's person who decided on consent (at "
                    + "most " + CONSENT_BY_LENGTH + " characters).");
        }
    }

    /**
     * B9 (seed 001): no change to the customer's production database without its consent. Work on it is logged
     * only while a consent stands (given, and not refused since).
     */
    public static void checkProductionConsent(boolean onProduction, boolean consentStands, long ticketId) {
        if (onProduction && !consentStands) {
            throw new DeskException(ErrorCode.ILLEGAL_TRANSITION, "onProduction", "B9", "Ticket " + ticketId
                    + " has no consent of the customer to change its production database: ask for it (the customer "
                    + "answers with respondToConsent) or record the consent it gave you, then log the work.");
        }
    }
}
