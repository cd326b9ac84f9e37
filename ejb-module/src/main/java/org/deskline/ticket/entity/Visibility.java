package org.deskline.ticket.entity;

/** Public messages are the conversation with the customer; internal notes are for staff only. */
public enum Visibility {
    PUBLIC, INTERNAL
}
