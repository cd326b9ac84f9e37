package org.deskline.sla.control;

import org.deskline.ticket.entity.DeferralReason;
import org.deskline.ticket.entity.TicketAction;

/**
 * S4/S5: what each ticket action does to the SLA clocks. First response runs from opening to the first public
 * agent answer; a next response is awaited after every customer message that follows an answer; resolution runs
 * from opening to closing and pauses while support waits for the customer or has deferred the ticket; a tier's
 * reaction clock is met when staff take, answer, resolve or reject the ticket.
 */
public final class SlaRules {

    /** What happens to the resolution clock. */
    public enum Resolution { UNCHANGED, RUN, PAUSE, MEET, CANCEL }

    /**
     * @param answersResponse an awaited response (first or next) is given now
     * @param cancelsResponse an awaited response is no longer owed (the customer withdrew, the ticket closed itself)
     * @param awaitsResponse  the customer spoke: a next response is owed unless one already is
     * @param reacts          S5: staff in the ticket's tier reacted
     * @param pauseReason     why the resolution clock pauses, when it does
     */
    public record Effect(boolean answersResponse, boolean cancelsResponse, boolean awaitsResponse, boolean reacts,
                         Resolution resolution, String pauseReason) {
    }

    /** Characters in a plan's or a calendar's name. */
    public static final int NAME_LENGTH = 100;
    /** Characters in a holiday's name. */
    public static final int HOLIDAY_NAME_LENGTH = 200;

    public static final String WAITING_FOR_CUSTOMER = "WAITING_FOR_CUSTOMER";
    public static final String DEFERRED = "DEFERRED_";

    private SlaRules() {
    }

    public static Effect after(TicketAction action, DeferralReason deferral) {
        return switch (action) {
            case AGENT_REPLY -> new Effect(true, false, false, true, Resolution.PAUSE, WAITING_FOR_CUSTOMER);
            case CUSTOMER_REPLY -> new Effect(false, false, true, false, Resolution.RUN, null);
            case DEFER -> new Effect(false, false, false, false, Resolution.PAUSE,
                    DEFERRED + (deferral == null ? "UNSPECIFIED" : deferral.name()));
            case RESUME -> new Effect(false, false, false, false, Resolution.RUN, null);
            case RESOLVE, REJECT -> new Effect(true, false, false, true, Resolution.MEET, null);
            // T6 closes a ticket that was answered and left waiting, T7 the customer closes it after the answer: either
            // way the answer was the resolution, and the clock's outcome counts
            case AUTO_CLOSE, CLOSE -> new Effect(false, true, false, false, Resolution.MEET, null);
            case WITHDRAW -> new Effect(false, true, false, false, Resolution.CANCEL, null);
            case REOPEN -> new Effect(false, false, true, false, Resolution.RUN, null);
            case TAKE -> new Effect(false, false, false, true, Resolution.UNCHANGED, null);
            case ASSIGN, INTERNAL_NOTE -> new Effect(false, false, false, false, Resolution.UNCHANGED, null);
        };
    }
}
