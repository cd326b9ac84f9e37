package org.deskline.billing.entity;

/** B6: billed; disputed by the customer; after review confirmed as billed or corrected. */
public enum EntryState {
    BILLED, DISPUTED, CONFIRMED, CORRECTED
}
