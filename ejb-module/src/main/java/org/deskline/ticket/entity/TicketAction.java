package org.deskline.ticket.entity;

/** T5-T8, T12: everything that can happen to a ticket, and who may do it. */
public enum TicketAction {
    /** An agent takes the ticket and starts working on it. */
    TAKE(Actor.AGENT),
    /** A manager assigns the ticket to an agent (status unchanged). */
    ASSIGN(Actor.AGENT),
    /** A public answer from support: the customer is now expected to reply. */
    AGENT_REPLY(Actor.AGENT),
    /** A note only staff can see (status unchanged, also on closed tickets). */
    INTERNAL_NOTE(Actor.AGENT),
    /** The customer answers or adds information: support must reply. */
    CUSTOMER_REPLY(Actor.CUSTOMER),
    /** T12: support defers the ticket with a reason; the SLA clock pauses. */
    DEFER(Actor.AGENT),
    /** Work on a deferred ticket goes on. */
    RESUME(Actor.AGENT),
    /** Support announces the result and closes the ticket (resolution RESOLVED). */
    RESOLVE(Actor.AGENT),
    /** Support refuses the ticket (out of scope, abusive language...): closed, resolution REJECTED. */
    REJECT(Actor.AGENT),
    /** T7: the customer closes the ticket before a result was announced (resolution WITHDRAWN). */
    WITHDRAW(Actor.CUSTOMER),
    /**
     * T7 (seeds 000, 002): the customer closes a ticket support has answered: a normal close (resolution RESOLVED),
     * the answer counts as the result and the SLA outcome stands.
     */
    CLOSE(Actor.CUSTOMER),
    /** T6: no customer message for the plan's auto-close period after the last agent reply. */
    AUTO_CLOSE(Actor.SYSTEM),
    /** T8: the customer reopens a closed ticket within the reopen window. */
    REOPEN(Actor.CUSTOMER);

    public enum Actor { AGENT, CUSTOMER, SYSTEM }

    private final Actor actor;

    TicketAction(Actor actor) {
        this.actor = actor;
    }

    public Actor actor() {
        return actor;
    }
}
