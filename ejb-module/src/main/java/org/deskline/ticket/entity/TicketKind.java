package org.deskline.ticket.entity;

/** T1: what a ticket is about. Customers open the first two; the system creates the others. */
public enum TicketKind {
    SUPPORT, DEVELOPMENT_REQUEST, SITE_TRANSFER, CHECKUP, MAINTENANCE;

    public boolean customerMayOpen() {
        return this == SUPPORT || this == DEVELOPMENT_REQUEST;
    }
}
