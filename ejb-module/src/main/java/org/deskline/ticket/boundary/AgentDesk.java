package org.deskline.ticket.boundary;

import org.deskline.security.control.Audited;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.math.BigDecimal;
import java.util.List;
import org.deskline.ticket.control.ProposalGate;
import org.deskline.ticket.control.ProposalRules;
import org.deskline.ticket.control.Proposals;
import org.deskline.ticket.entity.DevelopmentStage;
import org.deskline.ticket.entity.Proposal;
import org.deskline.organization.entity.Project;
import org.deskline.platform.DeskException;
import org.deskline.security.boundary.StaffAccess;
import org.deskline.security.entity.Groups;
import org.deskline.security.entity.Tier;
import org.deskline.ticket.control.NewTicket;
import org.deskline.ticket.control.PriorityOffer;
import org.deskline.ticket.control.StaffActs;
import org.deskline.ticket.control.TicketOpening;
import org.deskline.ticket.entity.Category;
import org.deskline.ticket.entity.Channel;
import org.deskline.ticket.entity.Priority;
import org.deskline.ticket.entity.TicketKind;
import org.deskline.ticket.control.TicketJournal;
import org.deskline.ticket.control.TicketRules;
import org.deskline.ticket.control.TicketTiers;
import org.deskline.ticket.entity.DeferralReason;
import org.deskline.ticket.entity.HistoryAction;
import org.deskline.ticket.entity.Ticket;
import org.deskline.ticket.entity.TicketAction;
import org.deskline.ticket.entity.TicketAction.Actor;
import org.deskline.ticket.entity.Visibility;

/**
 * What support staff do to tickets (the console uses it). Every change is recorded with who, when, from, to. The
 * acting member is the caller principal, and whether the ticket is theirs to change (S5: role, tier, quality
 * review) is checked here, in the transaction that changes it, after the ticket is locked (issue 16).
 */
@Stateless
@RolesAllowed({Groups.ADMIN, Groups.MANAGER, Groups.AGENT, Groups.QUALITY_CONTROL})
public class AgentDesk {

    /** T14: how many projects the console's form offers at most. */
    public static final int PROJECTS_SHOWN = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    TicketJournal journal;

    @Inject
    TicketOpening opening;

    @Inject
    PriorityOffer priorities;

    @Inject
    Proposals proposals;

    @Inject
    ProposalGate proposalGate;


    @Inject
    TicketTiers tiers;

    @Inject
    StaffActs acts;

    @Inject
    Clock clock;

    @Inject
    StaffAccess access;

    /**
     * T14: logs a ticket a customer reported by phone, chat or e-mail, on the customer's behalf, under the same
     * rules as one opened over SOAP. The channel and the agent are recorded.
     */
    @Audited
    public Ticket logForCustomer(long projectId, NewTicket request, Channel channel) {
        String agent = access.requireMe().username();
        if (channel == null || channel == Channel.SOAP) {
            throw DeskException.invalid("channel", "T14",
                    "Say how the customer reached you: PHONE, CHAT, EMAIL or CONSOLE.");
        }
        return opening.open(request, checked -> {
            Project project = em.find(Project.class, projectId);
            if (project == null) {
                throw DeskException.notFound("projectId", "project", projectId);
            }
            return project;
        }, channel, Actor.AGENT, agent);
    }

    /** T14: the projects a ticket may be logged for, by organization and code, with their organization loaded. */
    public List<Project> projects() {
        return em.createQuery("select p from Project p join fetch p.organization o order by o.name, p.code",
                Project.class).setMaxResults(PROJECTS_SHOWN).getResultList();
    }

    /** Corrects priority, category or kind (null keeps the current value); recorded with before and after. */
    @Audited
    public Ticket reclassify(long ticketId, Priority priority, Category category, TicketKind kind) {
        Ticket ticket = work(ticketId);
        String agent = access.me();
        Instant now = clock.instant();
        // S1: the organization's plan refuses or downgrades a priority it does not offer; S3: not an emergency's
        Priority offered = priority == null ? null : ticket.isEmergency() ? priority
                : priorities.decide(ticket.getProject(), priority).priority();
        String changes = ticket.reclassify(offered, category, kind, now);
        if (!changes.isEmpty()) {
            journal.event(ticket, now, Actor.AGENT, agent, HistoryAction.RECLASSIFY, ticket.getStatus(), changes);
        }
        return ticket;
    }

    /**
     * S3: flags the ticket as an emergency (it then runs around the clock on the plan's emergency targets) or clears
     * a flag, for instance a misused one, which the compliance report counts; says why. Running clocks are retargeted,
     * keeping what was counted.
     */
    @Audited
    public Ticket setEmergency(long ticketId, boolean emergency, String reason) {
        String why = TicketRules.checkEmergencyReason(reason);
        Ticket ticket = work(ticketId);
        String agent = access.me();
        Instant now = clock.instant();
        if (!ticket.flagEmergency(emergency, now)) {
            throw DeskException.invalid("emergency", "S3", "Ticket " + ticketId + (emergency
                    ? " is an emergency already." : " is not an emergency."))
                    .because(emergency ? "refusal.emergencyAlready" : "refusal.notAnEmergency");
        }
        journal.event(ticket, now, Actor.AGENT, agent, emergency ? HistoryAction.EMERGENCY_FLAGGED
                : HistoryAction.EMERGENCY_CLEARED, ticket.getStatus(), why);
        return ticket;
    }

    /** S5: moves the ticket up to a higher tier, saying why; time in the tier it leaves is recorded. */
    @Audited
    public Ticket escalate(long ticketId, Tier to, String reason) {
        Ticket ticket = work(ticketId);
        String agent = access.me();
        tiers.escalate(ticket, to, clock.instant(), Actor.AGENT, agent, reason);
        return ticket;
    }

    /**
     * T1: offers a proposal for a development request (after review, or revised after a decline); an offer
     * still open is superseded. The customer sees it as a message and answers with respondToProposal.
     */
    @Audited
    public Proposal propose(long ticketId, String scope, BigDecimal estimateHours, BigDecimal price,
                            String currency, Instant validUntil) {
        Ticket ticket = work(ticketId);
        String agent = access.me();
        Instant now = clock.instant();
        proposalGate.checkMayPropose(ticketId); // B8, the billing feature's decision
        ProposalRules.check(scope, estimateHours, price, currency, validUntil, now);
        DevelopmentStage from = ticket.advance(DevelopmentStage.PROPOSED, now);
        proposals.latest(ticketId).ifPresent(Proposal::supersede);
        Proposal proposal = new Proposal(ticketId, scope.strip(), estimateHours, price, currency, validUntil, agent,
                now);
        em.persist(proposal);
        journal.message(ticket, now, Actor.AGENT, agent, Visibility.PUBLIC, "Proposal: " + scope.strip()
                + "\nEstimate: " + estimateHours + " h; price " + price + " " + currency + "; valid until "
                + validUntil + ".");
        journal.event(ticket, now, Actor.AGENT, agent, HistoryAction.PROPOSE, ticket.getStatus(),
                "stage " + from + "\u2192" + DevelopmentStage.PROPOSED);
        return proposal;
    }

    /** T1: an accepted development request gets its date. */
    @Audited
    public Ticket schedule(long ticketId, Instant plannedFor) {
        if (plannedFor == null) {
            throw DeskException.invalid("plannedFor", "T1", "Say when the work is planned.")
                    .because("refusal.planWhen");
        }
        Ticket ticket = work(ticketId);
        String agent = access.me();
        Instant now = clock.instant();
        DevelopmentStage from = ticket.schedule(plannedFor, now);
        journal.event(ticket, now, Actor.AGENT, agent, HistoryAction.SCHEDULE, ticket.getStatus(),
                "stage " + from + "\u2192" + DevelopmentStage.SCHEDULED + "; planned for " + plannedFor);
        return ticket;
    }

    /** T1: the work is delivered; the request is resolved with the delivery note. */
    @Audited
    public Ticket deliver(long ticketId, String note) {
        Ticket ticket = work(ticketId);
        String agent = access.me();
        DevelopmentStage from = ticket.advance(DevelopmentStage.DELIVERED, clock.instant());
        journal.event(ticket, clock.instant(), Actor.AGENT, agent, HistoryAction.DELIVER, ticket.getStatus(),
                "stage " + from + "\u2192" + DevelopmentStage.DELIVERED);
        return write(ticketId, note, TicketAction.RESOLVE, Visibility.PUBLIC);
    }

    /** The agent takes the ticket and starts on it. */
    @Audited
    public Ticket take(long ticketId) {
        Ticket ticket = work(ticketId);
        return acts.assign(ticket, TicketAction.TAKE, access.me(), access.me());
    }

    /** A manager gives the ticket to an active staff member; its status stays. */
    @Audited
    public Ticket assign(long ticketId, String assignee) {
        Ticket ticket = work(ticketId);
        String manager = access.requireAssign();
        String to = assignee == null ? "" : assignee.strip();
        if (access.member(to).isEmpty()) {
            throw DeskException.invalid("assignee", null, "No active staff member has that user name.")
                    .because("refusal.noSuchStaff");
        }
        return acts.assign(ticket, TicketAction.ASSIGN, manager, to);
    }

    /** A public answer: the ticket now waits for the customer, and the auto-close period starts (T6). */
    @Audited
    public Ticket reply(long ticketId, String body) {
        return write(ticketId, body, TicketAction.AGENT_REPLY, Visibility.PUBLIC);
    }

    /** A note customers never see. */
    @Audited
    public Ticket note(long ticketId, String body) {
        return write(ticketId, body, TicketAction.INTERNAL_NOTE, Visibility.INTERNAL);
    }

    /** T12: defers with a reason; the SLA clock pauses. */
    @Audited
    public Ticket defer(long ticketId, DeferralReason reason) {
        if (reason == null) {
            throw DeskException.invalid("reason", "T12", "A deferral needs its reason.")
                    .because("refusal.deferralReason");
        }
        return acts.defer(work(ticketId), access.me(), reason);
    }

    @Audited
    public Ticket resume(long ticketId) {
        return act(ticketId, TicketAction.RESUME, null);
    }

    @Audited
    public Ticket resolve(long ticketId, String result) {
        return write(ticketId, result, TicketAction.RESOLVE, Visibility.PUBLIC);
    }

    @Audited
    public Ticket reject(long ticketId, String why) {
        return write(ticketId, why, TicketAction.REJECT, Visibility.PUBLIC);
    }

    private Ticket write(long ticketId, String body, TicketAction action, Visibility visibility) {
        String text = TicketRules.checkMessage(body);
        return acts.write(work(ticketId), access.me(), action, visibility, text);
    }

    private Ticket act(long ticketId, TicketAction action, String detail) {
        return acts.act(work(ticketId), access.me(), action, detail);
    }

    /** Locks the ticket and refuses unless it is the signed-in member's to change (S5). */
    private Ticket work(long ticketId) {
        Ticket ticket = find(ticketId);
        access.requireWork(ticketId);
        return ticket;
    }

    private Ticket find(long ticketId) {
        Ticket ticket = em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
        if (ticket == null) {
            throw DeskException.notFound("ticketId", "ticket", ticketId);
        }
        return ticket;
    }
}
