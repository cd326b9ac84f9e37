package org.deskline.ticket.control;

import org.deskline.ticket.entity.Ticket;
import org.deskline.ticket.entity.TicketMessage;

/**
 * Fired (synchronously, in the writing transaction) for every message written on a ticket, so other features can
 * follow the conversation (the knowledge base records the articles a reply names) without the ticket code knowing
 * them. An observer that refuses the message throws, and the message is not written.
 */
public record MessageWritten(Ticket ticket, TicketMessage message) {
}
