package org.deskline.billing.boundary.soap;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Wire forms of the billing enums, so the WSDL lists every value a client may meet (like the ticket contract's
 * codes). Each mirrors its domain enum name for name (checked by {@code BillingCodesTest}).
 */
public final class BillingCodes {

    private BillingCodes() {
    }

    /** B1: what a plan or subscription covers. */
    @XmlType(name = "PlanKind")
    @XmlEnum
    public enum PlanKindCode {
        SUPPORT, HOSTING
    }

    /** B1: where a subscription stands. */
    @XmlType(name = "SubscriptionStatus")
    @XmlEnum
    public enum SubscriptionStatusCode {
        ACTIVE, GRACE, EXPIRED
    }

    /** B3: what the time was spent on. */
    @XmlType(name = "ServiceType")
    @XmlEnum
    public enum ServiceTypeCode {
        SUPPORT, BUG_FIX, BACKUP, UPGRADE, ACCOUNT_QUESTION, TRAINING, PROCESS_ANALYSIS, CONFIGURATION,
        FEASIBILITY_STUDY, CUSTOM_CONFIGURATION, CUSTOM_DEVELOPMENT, TRAINING_MATERIAL
    }

    /** B1/B5: who pays for a time entry. */
    @XmlType(name = "Coverage")
    @XmlEnum
    public enum CoverageCode {
        FREE, PACKAGE, INVOICE
    }

    /** B6: where a time entry stands. */
    @XmlType(name = "TimeEntryState")
    @XmlEnum
    public enum TimeEntryStateCode {
        BILLED, DISPUTED, CONFIRMED, CORRECTED
    }

    /** B6: where a dispute stands. */
    @XmlType(name = "DisputeState")
    @XmlEnum
    public enum DisputeStateCode {
        OPEN, CONFIRMED, CORRECTED
    }

    /** B7: where an invoice stands. */
    @XmlType(name = "InvoiceStatus")
    @XmlEnum
    public enum InvoiceStatusCode {
        OPEN, PAID
    }
}
