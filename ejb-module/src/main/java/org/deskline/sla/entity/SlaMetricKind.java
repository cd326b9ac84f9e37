package org.deskline.sla.entity;

/** S4: what a clock measures. */
public enum SlaMetricKind {
    /** From opening to the first public agent answer. */
    FIRST_RESPONSE,
    /** From a customer message (after an answer) to the next public agent answer; one round per message. */
    NEXT_RESPONSE,
    /** From opening to closing; paused while waiting for the customer or deferred. A development request's runs
     * from its scheduling to the agreed delivery date (T1). */
    RESOLUTION,
    /** T1: from opening a development request (or the customer declining a proposal) to support's proposal of
     * time and cost; one round per proposal owed; paused while waiting for the customer. */
    PROPOSAL,
    /** S5: from entering a tier to someone there reacting (taking, answering, resolving); one round per stint.
     * Staff-side: customer systems do not see it. */
    TIER_REACTION
}
