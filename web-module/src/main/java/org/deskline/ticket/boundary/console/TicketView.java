package org.deskline.ticket.boundary.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.deskline.platform.DeskException;
import org.deskline.platform.boundary.DisplayFormats;
import org.deskline.platform.boundary.FacesErrors;
import org.deskline.ticket.boundary.TicketQueue;
import org.deskline.ticket.entity.HistoryAction;
import org.deskline.ticket.entity.Ticket;
import org.deskline.ticket.entity.TicketEvent;
import org.deskline.ticket.entity.TicketMessage;

/**
 * The ticket page: the ticket, its conversation with internal notes, attachments, history (the actions are
 * {@link TicketActionsView}; SLA clocks and tiers {@code TicketSlaView}, time and billing {@code TimeLogView}).
 */
@Named
@RequestScoped
public class TicketView {

    @Inject
    TicketQueue queue;

    private Long id;
    private Ticket ticket;
    private List<TicketEvent> history = List.of();
    private List<TicketMessage> messages = List.of();
    private List<org.deskline.ticket.entity.Attachment> attachments = List.of();

    public void load() {
        if (id == null) {
            FacesErrors.show(DeskException.invalid("id", null, "Which ticket? Open one from the list."));
            return;
        }
        ticket = queue.ticket(id);
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

    public List<TicketEvent> getHistory() {
        return history;
    }

    /** Issue 20: what a history entry records (stored by name) by its label in the page's language. */
    public String actionLabel(String action) {
        if (action == null) {
            return "";
        }
        try {
            return DisplayFormats.labelText(HistoryAction.valueOf(action));
        } catch (IllegalArgumentException unknown) {
            return action; // an entry older than its name
        }
    }

    public List<org.deskline.ticket.entity.Attachment> getAttachments() {
        return attachments;
    }

    public List<TicketMessage> getMessages() {
        return messages;
    }
}
