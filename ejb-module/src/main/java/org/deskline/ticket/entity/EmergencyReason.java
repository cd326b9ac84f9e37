package org.deskline.ticket.entity;

/** S3, seeds 000 and 003: why the customer says a ticket is an emergency. */
public enum EmergencyReason {
    /** The site is unreachable for no clear reason. */
    SITE_DOWN,
    /** The admin panel cannot be reached or signed into. */
    NO_ADMIN_ACCESS,
    /** The site was hacked. */
    HACKED
}
