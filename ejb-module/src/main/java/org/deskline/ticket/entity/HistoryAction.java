package org.deskline.ticket.entity;

import java.util.Optional;

/**
 * What one entry of a ticket's history records (T5): a status transition ({@link TicketAction}, same name), or a
 * change that is not one. Stored by name in {@code ticket_event.action}; carried typed by the event the other
 * features observe (issue 17: no string matching on history actions).
 */
public enum HistoryAction {
    OPEN, RECLASSIFY, ESCALATE, ATTACH, RATE, QUALITY_REVIEW,
    /** S3: staff flagged the ticket as an emergency, or cleared a flag (a misused one), saying why. */
    EMERGENCY_FLAGGED, EMERGENCY_CLEARED,
    /** T1: the development stages. */
    PROPOSE, ACCEPT_PROPOSAL, DECLINE_PROPOSAL, SCHEDULE, DELIVER,
    /** The transitions, one per {@link TicketAction}. */
    TAKE, ASSIGN, AGENT_REPLY, INTERNAL_NOTE, CUSTOMER_REPLY, DEFER, RESUME, RESOLVE, REJECT, WITHDRAW, CLOSE,
    AUTO_CLOSE, REOPEN;

    public static HistoryAction of(TicketAction transition) {
        return valueOf(transition.name());
    }

    /** The transition this entry records, if it records one. */
    public Optional<TicketAction> transition() {
        for (TicketAction a : TicketAction.values()) {
            if (a.name().equals(name())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
