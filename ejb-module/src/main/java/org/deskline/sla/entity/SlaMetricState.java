package org.deskline.sla.entity;

/** Where a clock stands. */
public enum SlaMetricState {
    RUNNING, PAUSED,
    /** Answered or resolved (in time or not: see breachedAt). */
    MET,
    /** No longer owed: the customer withdrew, or the ticket closed itself. */
    CANCELLED;

    public boolean open() {
        return this == RUNNING || this == PAUSED;
    }
}
