package org.deskline.ticket.boundary.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.deskline.platform.DeskException;
import org.deskline.platform.boundary.FacesErrors;
import org.deskline.sla.boundary.SlaBoard;
import org.deskline.sla.control.SlaStanding;
import org.deskline.sla.entity.TierStint;
import org.deskline.ticket.boundary.AgentDesk;
import org.deskline.ticket.boundary.TicketQueue;
import org.deskline.ticket.entity.Ticket;
import org.deskline.ticket.entity.TicketEvent;
import org.deskline.ticket.entity.TicketMessage;

/**
 * The ticket page: the ticket, its SLA clocks with countdowns and explanations, tiers, conversation with internal
 * notes, attachments, history (the actions are {@link TicketActionsView}, time and billing {@code TimeLogView}).
 */
@Named
@RequestScoped
public class TicketView {

    @Inject
    TicketQueue queue;

    @Inject
    SlaBoard sla;

    @Inject
    AgentDesk desk;

    private Long id;
    private Ticket ticket;
    private List<SlaStanding> clocks = List.of();
    private List<TierStint> tiers = List.of();
    private List<TicketEvent> history = List.of();
    private List<TicketMessage> messages = List.of();
    private List<org.deskline.ticket.entity.Attachment> attachments = List.of();

    public void load() {
        if (id == null) {
            FacesErrors.show(DeskException.invalid("id", null, "Which ticket? Open one from the list."));
            return;
        }
        ticket = queue.ticket(id);
        clocks = sla.clocks(id);
        tiers = desk.tierHistory(id);
        history = queue.history(id);
        messages = queue.messages(id);
        attachments = queue.attachments(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public List<SlaStanding> getClocks() {
        return clocks;
    }

    public List<TierStint> getTiers() {
        return tiers;
    }

    public List<TicketEvent> getHistory() {
        return history;
    }

    public List<org.deskline.ticket.entity.Attachment> getAttachments() {
        return attachments;
    }

    public List<TicketMessage> getMessages() {
        return messages;
    }
}
