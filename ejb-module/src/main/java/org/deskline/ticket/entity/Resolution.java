package org.deskline.ticket.entity;

/** Why a ticket was closed. */
public enum Resolution {
    /** Support announced a result (T5), or the customer closed the ticket after support's answer (T7). */
    RESOLVED,
    /** The customer closed it before a result (T7). */
    WITHDRAWN,
    /** No answer from the customer within the auto-close period (T6). */
    AUTO_CLOSED,
    /** Support refused it (T12 reasons such as out of scope or abusive language). */
    REJECTED
}
