package org.deskline.ticket.entity;

/** T1: what a ticket is about. Customers open the first two; the system creates the others. */
public enum TicketKind {
    SUPPORT, DEVELOPMENT_REQUEST, SITE_TRANSFER, CHECKUP, MAINTENANCE;

    public boolean customerMayOpen() {
        return this == SUPPORT || this == DEVELOPMENT_REQUEST;
    }

    /**
     * M4 (seed 000): a site transfer waits for the customer's form, on the customer's 7 working days; support owes
     * no response or resolution on it, so it runs no SLA or tier clocks.
     */
    public boolean runsSupportClocks() {
        return this != SITE_TRANSFER;
    }
}
