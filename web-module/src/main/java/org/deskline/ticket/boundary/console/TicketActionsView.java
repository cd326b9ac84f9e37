package org.deskline.ticket.boundary.console;

import jakarta.annotation.PostConstruct;
import org.deskline.platform.boundary.RequestParameters;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.deskline.platform.DeskException;
import org.deskline.platform.boundary.FacesErrors;
import org.deskline.platform.boundary.Messages;
import org.deskline.security.boundary.StaffAccess;
import org.deskline.security.entity.Tier;
import org.deskline.ticket.boundary.AgentDesk;
import org.deskline.ticket.entity.DeferralReason;

/**
 * The ticket page's actions: take, assign (managers), reply, internal note, defer with a reason (T12), resume,
 * escalate to a higher tier (S5), resolve, reject. Each is allowed only to whom the ticket belongs
 * ({@code StaffRules}: agents at its tier or above, quality control for its tickets, managers always), checked on
 * the server whatever the page showed; each is audited.
 */
@Named
@ViewScoped
public class TicketActionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AgentDesk desk;

    @Inject
    transient StaffAccess access;

    private Long ticketId;
    private String text;
    private String reason;
    private String tier;
    private String assignee;
    private String why;
    private String emergencyWhy;
    private boolean known;
    private boolean mayWork;
    private Tier ticketTier;

    /** Reads once a view what the page hangs on; every action redirects to a new view, which reads it again. */
    @PostConstruct
    void init() {
        ticketId = RequestParameters.number("id");
        known = ticketId != null && access.exists(ticketId);
        mayWork = known && access.mayWork(ticketId);
        ticketTier = known ? access.tierOf(ticketId) : null;
    }

    /**
     * Whether the URL names an existing ticket. The page's sections hang on this view-scoped answer, not on the
     * request-scoped ticket, so that their forms are still there when a postback is decoded.
     */
    public boolean isKnown() {
        return known;
    }

    /** Whether the signed-in user may change this ticket (the page shows the actions, or says why not). */
    public boolean isMayWork() {
        return mayWork;
    }

    public Tier getTicketTier() {
        return ticketTier;
    }

    public String take() {
        return act("actions.taken", id -> desk.take(id));
    }

    public String assign() {
        return act("actions.assigned", id -> desk.assign(id, assignee));
    }

    public String reply() {
        return act("actions.replied", id -> desk.reply(id, text));
    }

    public String note() {
        return act("actions.noted", id -> desk.note(id, text));
    }

    public String defer() {
        return act("actions.deferred", id -> desk.defer(id, parse(DeferralReason.class,
                reason, "reason", "T12")));
    }

    public String resume() {
        return act("actions.resumed", id -> desk.resume(id));
    }

    public String escalate() {
        return act("actions.escalated", id -> desk.escalate(id, parse(Tier.class, tier, "tier",
                "S5"), why));
    }

    /** S3: flags the ticket as an emergency, with the reason typed. */
    public String flagEmergency() {
        return act("actions.emergencyFlagged", id -> desk.setEmergency(id, true, emergencyWhy));
    }

    /** S3: clears the emergency flag (a misused one), with the reason typed. */
    public String clearEmergency() {
        return act("actions.emergencyCleared", id -> desk.setEmergency(id, false, emergencyWhy));
    }

    public String getEmergencyWhy() {
        return emergencyWhy;
    }

    public void setEmergencyWhy(String emergencyWhy) {
        this.emergencyWhy = emergencyWhy;
    }

    public String resolve() {
        return act("actions.resolved", id -> desk.resolve(id, text));
    }

    public String reject() {
        return act("actions.rejected", id -> desk.reject(id, text));
    }

    private String act(String doneKey, Consumer<Long> action) {
        if (ticketId == null) {
            FacesErrors.show(DeskException.invalid("id", null, "Which ticket? Open one from the list."));
            return null;
        }
        action.accept(ticketId); // AgentDesk checks that the ticket is the signed-in member's to change
        FacesErrors.infoAfterRedirect(Messages.text(doneKey));
        return "/console/ticket.xhtml?faces-redirect=true&id=" + ticketId;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String rule) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw DeskException.invalid(field, rule, "Choose one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public List<DeferralReason> getReasons() {
        return List.of(DeferralReason.values());
    }

    public List<Tier> getTiers() {
        return List.of(Tier.values());
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** Puts a prepared text (an article's answer, a canned reply) into the reply box, after what was typed there. */
    public void append(String prepared) {
        text = text == null || text.isBlank() ? prepared : text.stripTrailing() + "\n\n" + prepared;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    public String getWhy() {
        return why;
    }

    public void setWhy(String why) {
        this.why = why;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }
}
