package org.deskline.ticket.entity;

/** T12: why support defers a ticket. Deferral pauses the SLA clock. */
public enum DeferralReason {
    CANNOT_REPRODUCE,
    NO_ACCESS_TO_CUSTOMER_SYSTEM,
    UNLICENSED_COPY,
    NOT_ENOUGH_INFORMATION,
    CUSTOMER_MODIFIED_CORE,
    NEEDS_DEVELOPMENT_OR_UPDATE,
    OUT_OF_SCOPE,
    ABUSIVE_LANGUAGE
}
