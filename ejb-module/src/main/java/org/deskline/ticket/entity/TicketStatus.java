package org.deskline.ticket.entity;

/** T5: where a ticket stands. A new ticket waits for a reply from support. */
public enum TicketStatus {
    WAITING_FOR_REPLY, IN_PROGRESS, WAITING_FOR_CUSTOMER, DEFERRED, CLOSED
}
