package org.deskline.billing.entity;

/**
 * B2: what a support ticket turned out to be. A bug is a defect in the vendor's product; misconfiguration, changes to
 * the customer's data or misuse are not. It decides whether the time spent on the ticket is free or billable.
 */
public enum WorkClass {
    BUG, NOT_A_BUG
}
