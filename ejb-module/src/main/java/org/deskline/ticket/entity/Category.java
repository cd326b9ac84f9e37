package org.deskline.ticket.entity;

/** T3: the default categories. */
public enum Category {
    ACTIVATION, TECHNICAL, FINANCIAL, SALES
}
