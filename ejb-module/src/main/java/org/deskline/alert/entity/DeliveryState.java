package org.deskline.alert.entity;

public enum DeliveryState {
    /** Committed with the change that caused it, not yet accepted by the broker. */
    PENDING,
    /** Accepted by the broker (persistently). */
    SENT,
    /** Could not be sent (malformed, or failed every retry): kept for admins, no longer blocking the others. */
    PARKED
}
