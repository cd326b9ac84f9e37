package org.deskline.ticket.boundary.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deskline.platform.boundary.DisplayFormats;
import org.deskline.platform.boundary.FacesErrors;
import org.deskline.platform.boundary.Messages;
import org.deskline.ticket.boundary.BulkDesk;
import org.deskline.ticket.entity.DeferralReason;
import org.deskline.ticket.entity.Priority;

/**
 * Issue 20: the queue's bulk bar (managers and administrators): the tickets ticked on the shown page, one action
 * (take, assign, priority, defer with a reason) and its value. {@link BulkDesk} checks each ticket on the server; the
 * page then says how many were done and, for each refused one, why, in the page's language.
 */
@Named
@ViewScoped
public class BulkActionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BulkDesk bulk;

    private final Map<Long, Boolean> selected = new HashMap<>();
    private BulkDesk.Kind kind;
    private String assignee;
    private Priority priority;
    private DeferralReason reason;

    public String apply() {
        List<Long> tickets = new ArrayList<>();
        selected.forEach((id, ticked) -> {
            if (Boolean.TRUE.equals(ticked)) {
                tickets.add(id);
            }
        });
        tickets.sort(null);
        List<BulkDesk.Outcome> outcomes = bulk.apply(new BulkDesk.Action(kind, assignee, priority, reason), tickets);
        long done = outcomes.stream().filter(BulkDesk.Outcome::done).count();
        FacesErrors.info(Messages.text("done.bulk", DisplayFormats.labelText(kind), done, outcomes.size()));
        FacesContext faces = FacesContext.getCurrentInstance();
        for (BulkDesk.Outcome o : outcomes) {
            if (!o.done()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text("bulk.refused",
                        DisplayFormats.digits(o.ticketId()), FacesErrors.text(Messages.locale(), o.refusal())), null));
            }
        }
        selected.clear();
        return null;
    }

    public BulkDesk.Kind[] getKinds() {
        return BulkDesk.Kind.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public DeferralReason[] getReasons() {
        return DeferralReason.values();
    }

    public Map<Long, Boolean> getSelected() {
        return selected;
    }

    public BulkDesk.Kind getKind() {
        return kind;
    }

    public void setKind(BulkDesk.Kind kind) {
        this.kind = kind;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public DeferralReason getReason() {
        return reason;
    }

    public void setReason(DeferralReason reason) {
        this.reason = reason;
    }
}
