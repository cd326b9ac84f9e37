package org.deskline.sla.entity;

/** S4: what a clock measures. */
public enum SlaMetricKind {
    /** From opening to the first public agent answer. */
    FIRST_RESPONSE,
    /** From a customer message (after an answer) to the next public agent answer; one round per message. */
    NEXT_RESPONSE,
    /** From opening to closing; paused while waiting for the customer or deferred. */
    RESOLUTION,
    /** S5: from entering a tier to someone there reacting (taking, answering, resolving); one round per stint.
     * Staff-side: customer systems do not see it. */
    TIER_REACTION
}
