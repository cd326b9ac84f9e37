package org.deskline.ticket.boundary.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.deskline.platform.boundary.FacesErrors;
import org.deskline.platform.boundary.Messages;
import org.deskline.ticket.boundary.CannedReplies;
import org.deskline.ticket.entity.CannedReply;

/**
 * Issue 20 on the ticket page: the agent chooses one of its team's canned replies and puts it, placeholders filled,
 * into the reply box (after what it typed there) to edit and send. Loaded in the view action.
 */
@Named
@ViewScoped
public class CannedReplyChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CannedReplies replies;

    @Inject
    TicketActionsView actions;

    private Long ticketId;
    private Long replyId;
    private List<CannedReply> mine = List.of();

    public void load(Long id) {
        ticketId = id;
        mine = id == null ? List.of() : replies.mine(null);
    }

    public void insert() {
        actions.append(replies.fill(ticketId == null ? -1 : ticketId, replyId == null ? -1 : replyId));
        FacesErrors.info(Messages.text("replies.inserted"));
    }

    public List<CannedReply> getMine() {
        return mine;
    }

    public Long getReplyId() {
        return replyId;
    }

    public void setReplyId(Long replyId) {
        this.replyId = replyId;
    }
}
