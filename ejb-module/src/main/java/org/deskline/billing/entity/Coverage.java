package org.deskline.billing.entity;

/** Who pays a time entry: nobody (free support, B1), the organization's hours package (B5), or an invoice (B7). */
public enum Coverage {
    FREE, PACKAGE, INVOICE
}
