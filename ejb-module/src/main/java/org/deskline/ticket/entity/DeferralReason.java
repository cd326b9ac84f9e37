package org.deskline.ticket.entity;

/**
 * T12: why support defers a ticket, every reason seed 004 ("Step 4, solving the question") lists. Deferral pauses
 * the SLA clock. Names are stored and sent on the wire: only add.
 */
public enum DeferralReason {
    /** The problem does not reproduce on a comparable configuration. */
    CANNOT_REPRODUCE,
    /** ...and there is no access to the customer's project. */
    NO_ACCESS_TO_CUSTOMER_SYSTEM,
    UNLICENSED_COPY,
    NOT_ENOUGH_INFORMATION,
    /** Changes were made to the product's core. */
    CUSTOMER_MODIFIED_CORE,
    NEEDS_DEVELOPMENT_OR_UPDATE,
    OUT_OF_SCOPE,
    /** Obscene language or insults towards staff. */
    ABUSIVE_LANGUAGE,
    /** The product is installed or used against its technical requirements. */
    VIOLATES_TECHNICAL_REQUIREMENTS,
    /** More installations than the licence allows. */
    TOO_MANY_INSTALLATIONS,
    /** The question is posed incorrectly, discussed unconstructively, or its information comes late. */
    UNCONSTRUCTIVE_OR_LATE_INFO
}
