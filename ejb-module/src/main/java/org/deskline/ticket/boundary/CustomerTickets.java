package org.deskline.ticket.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.deskline.organization.control.CallerDirectory;
import org.deskline.organization.entity.Project;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.ticket.control.TicketAlerts;
import org.deskline.ticket.control.NewTicket;
import org.deskline.ticket.control.TicketJournal;
import org.deskline.ticket.control.AttachmentQuota;
import org.deskline.ticket.control.AttachmentRules;
import org.deskline.ticket.control.AttachmentStore;
import org.deskline.ticket.control.Proposals;
import org.deskline.ticket.entity.Attachment;
import org.deskline.ticket.control.TicketFilter;
import org.deskline.ticket.entity.DevelopmentStage;
import org.deskline.ticket.entity.Proposal;
import org.deskline.ticket.control.TicketOpening;
import org.deskline.ticket.control.TicketPage;
import org.deskline.ticket.control.TicketSearch;
import org.deskline.ticket.control.TicketPolicies;
import org.deskline.ticket.control.TicketPolicy;
import org.deskline.ticket.control.TicketRules;
import org.deskline.ticket.entity.Channel;
import org.deskline.ticket.entity.HistoryAction;
import org.deskline.ticket.entity.Ticket;
import org.deskline.ticket.entity.TicketAction;
import org.deskline.ticket.entity.TicketAction.Actor;
import org.deskline.ticket.entity.TicketEvent;
import org.deskline.ticket.entity.TicketMessage;
import org.deskline.ticket.entity.TicketStatus;
import org.deskline.ticket.entity.Visibility;

/**
 * The ticket service as customer systems see it. Every method takes the calling API client's name and
 * scopes everything to that client's organization: another organization's ticket or project is reported
 * exactly like one that does not exist. Every change is one transaction with its history and alerts.
 */
@Stateless
public class CustomerTickets {

    @PersistenceContext
    EntityManager em;

    @Inject
    TicketAlerts alerts;

    @Inject
    TicketOpening opening;

    @Inject
    TicketSearch search;

    @Inject
    Proposals proposals;

    @Inject
    AttachmentStore store;

    @Inject
    TicketJournal journal;

    @Inject
    TicketPolicy policy;

    @Inject
    TicketPolicies policies;

    @Inject
    Clock clock;

    @Inject
    CallerDirectory callers;


    /**
     * Opens a ticket (T1-T4, T9, T10, T13) and, in the same transaction, its alerts (ticket created; emergency
     * opened when flagged). A retry with the same request id returns the first ticket and changes nothing.
     */
    public Ticket open(String apiClient, NewTicket request) {
        organizationOf(apiClient); // FORBIDDEN before anything is checked
        return opening.open(request, checked -> callers.project(apiClient, checked.projectCode()), Channel.SOAP,
                Actor.CUSTOMER, apiClient);
    }

    /** T6, T8, T9: the ticket numbers in force for the caller (its plan's where the plan sets them). */
    public TicketPolicy policy(String apiClient) {
        return policies.of(organizationOf(apiClient));
    }

    /** T6, T8, T9 for one of the caller's projects (its own plan's, B1); blank: the organization's. */
    public TicketPolicy policy(String apiClient, String projectCode) {
        return projectCode == null || projectCode.isBlank() ? policy(apiClient)
                : policies.of(callers.project(apiClient, projectCode.strip()));
    }

    /** T1-T5: the caller's tickets matching the filter, one page of them, with the total. */
    public TicketPage find(String apiClient, TicketFilter filter) {
        return search.find(organizationOf(apiClient), filter);
    }

    public Ticket get(String apiClient, long ticketId) {
        return find(organizationOf(apiClient), ticketId, LockModeType.NONE);
    }

    /** The caller's ticket, locked until commit: concurrent changes to one ticket queue up, none is lost. */
    private Ticket forChange(String apiClient, long ticketId) {
        return find(organizationOf(apiClient), ticketId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The customer answers or adds information (T5: back to waiting for reply). */
    public Ticket reply(String apiClient, long ticketId, String body) {
        Ticket ticket = forChange(apiClient, ticketId);
        String text = TicketRules.checkMessage(body);
        Instant now = clock.instant();
        TicketStatus from = ticket.apply(TicketAction.CUSTOMER_REPLY, now, policies.of(ticket).autoCloseAfter());
        journal.message(ticket, now, Actor.CUSTOMER, apiClient, Visibility.PUBLIC, text);
        journal.event(ticket, now, Actor.CUSTOMER, apiClient, HistoryAction.CUSTOMER_REPLY, from, null);
        return ticket;
    }

    /**
     * T7 (seed 000: a close by the customer before support performed and announced the result is a withdrawal): a
     * ticket support has answered and now waits for the customer closes normally (RESOLVED, its SLA outcome kept);
     * one support still owes an answer is withdrawn (WITHDRAWN, its clocks cancelled).
     */
    public Ticket close(String apiClient, long ticketId) {
        Ticket ticket = forChange(apiClient, ticketId);
        return act(apiClient, ticket, ticket.getStatus() == TicketStatus.WAITING_FOR_CUSTOMER ? TicketAction.CLOSE
                : TicketAction.WITHDRAW, null);
    }

    /** T8: reopens a closed ticket within the reopen window. */
    public Ticket reopen(String apiClient, long ticketId) {
        Ticket ticket = forChange(apiClient, ticketId);
        if (ticket.getStatus() == TicketStatus.CLOSED) {
            TicketRules.checkReopen(ticket, clock.instant(), policies.of(ticket));
        }
        return act(apiClient, ticketId, TicketAction.REOPEN, null);
    }

    /** T11: rates a closed ticket 1-5; a low rating sends it to quality control. */
    public Ticket rate(String apiClient, long ticketId, int score, String comment) {
        Ticket ticket = forChange(apiClient, ticketId);
        String checkedComment = TicketRules.checkRating(score, comment);
        Instant now = clock.instant();
        ticket.rate(score, checkedComment, now);
        journal.event(ticket, now, Actor.CUSTOMER, apiClient, HistoryAction.RATE, ticket.getStatus(), "score " + score);
        if (score <= policy.lowRatingAtMost()) {
            if (ticket.referToQualityControl(now)) {
                journal.event(ticket, now, Actor.SYSTEM, "deskline", HistoryAction.QUALITY_REVIEW, ticket.getStatus(),
                        "low rating " + score);
            }
            alerts.raise(TicketAlerts.Notice.LOW_RATING, ticket);
        }
        return ticket;
    }

    /** T11: the customer asks for a quality review explicitly. */
    public Ticket requestQualityReview(String apiClient, long ticketId, String reason) {
        Ticket ticket = forChange(apiClient, ticketId);
        Instant now = clock.instant();
        if (ticket.referToQualityControl(now)) {
            journal.event(ticket, now, Actor.CUSTOMER, apiClient, HistoryAction.QUALITY_REVIEW, ticket.getStatus(),
                    reason == null || reason.isBlank() ? null : reason.strip());
            alerts.raise(TicketAlerts.Notice.QUALITY_REVIEW_REQUESTED, ticket);
        }
        return ticket;
    }

    /** T1: the newest proposal for one of the caller's development requests. */
    public Proposal proposal(String apiClient, long ticketId) {
        Ticket ticket = get(apiClient, ticketId);
        return proposals.latest(ticket.getId())
                .orElseThrow(() -> DeskException.notFound("ticketId", "proposal for ticket", ticketId));
    }

    /** T1: accepts or declines the offered proposal before it expires. */
    public Proposal respondToProposal(String apiClient, long ticketId, boolean accept, String comment) {
        Ticket ticket = forChange(apiClient, ticketId);
        Proposal proposal = proposals.latest(ticket.getId())
                .orElseThrow(() -> DeskException.notFound("ticketId", "proposal for ticket", ticketId));
        Instant now = clock.instant();
        String checkedComment = TicketRules.optional("comment", comment, TicketRules.RATING_COMMENT_MAX, "T1");
        proposal.respond(accept, checkedComment, now);
        DevelopmentStage to = accept ? DevelopmentStage.ACCEPTED : DevelopmentStage.DECLINED;
        DevelopmentStage from = ticket.advance(to, now);
        journal.event(ticket, now, Actor.CUSTOMER, apiClient, accept ? HistoryAction.ACCEPT_PROPOSAL : HistoryAction.DECLINE_PROPOSAL,
                ticket.getStatus(), "stage " + from + "\u2192" + to);
        return proposal;
    }

    /**
     * T2: attaches a file to one of the caller's open tickets. The content is streamed into the store (hashed,
     * checked against the size limit, the ticket's and the organization's quotas and the client's SHA-256) before
     * the metadata row is written in this transaction.
     */
    public Attachment attach(String apiClient, long ticketId, String fileName, String contentType,
                             String expectedSha256, InputStream content) {
        String name = AttachmentRules.checkFileName(fileName);
        String type = AttachmentRules.checkContentType(contentType);
        Ticket ticket = forChange(apiClient, ticketId);
        if (!ticket.isActive()) {
            throw new DeskException(ErrorCode.ILLEGAL_TRANSITION, "status", "T2",
                    "Ticket " + ticketId + " is closed; reopen it to add files.");
        }
        if (content == null) {
            throw DeskException.invalid("content", "T2", "content is required.");
        }
        AttachmentQuota.Budget budget = store.quota().next(
                bytes(em.createNamedQuery(Attachment.BYTES_OF_TICKET).setParameter("ticket", ticket.getId())),
                bytes(em.createNamedQuery(Attachment.BYTES_OF_ORGANIZATION)
                        .setParameter("organization", ticket.getOrganizationId())));
        AttachmentStore.Stored stored = store.store(content, expectedSha256, budget.bytes(), budget.overBudget());
        Instant now = clock.instant();
        Attachment attachment = new Attachment(ticket.getId(), name, type, stored.size(), stored.sha256(), apiClient,
                now);
        em.persist(attachment);
        journal.event(ticket, now, Actor.CUSTOMER, apiClient, HistoryAction.ATTACH, ticket.getStatus(),
                name + " (" + stored.size() + " bytes)");
        return attachment;
    }

    /** A sum of sizes: null when there is nothing to add up, and not always a Long (H2 answers a BigDecimal). */
    private static long bytes(jakarta.persistence.Query sum) {
        Object total = sum.getSingleResult();
        return total == null ? 0 : ((Number) total).longValue();
    }

    /** T2: the files of one of the caller's tickets, oldest first. */
    public List<Attachment> attachments(String apiClient, long ticketId) {
        Ticket ticket = get(apiClient, ticketId);
        return em.createQuery("select a from Attachment a where a.ticketId = :id order by a.createdAt, a.id",
                Attachment.class).setParameter("id", ticket.getId()).getResultList();
    }

    /** T2: one attachment of one of the caller's tickets. */
    public Attachment attachment(String apiClient, long ticketId, long attachmentId) {
        Ticket ticket = get(apiClient, ticketId);
        return em.createQuery("select a from Attachment a where a.id = :id and a.ticketId = :ticket", Attachment.class)
                .setParameter("id", attachmentId).setParameter("ticket", ticket.getId())
                .getResultStream().findFirst()
                .orElseThrow(() -> DeskException.notFound("attachmentId", "attachment", attachmentId));
    }

    /** The bytes of an attachment, as a stream from the store. */
    public InputStream content(Attachment attachment) {
        return store.open(attachment.getSha256());
    }

    /** T5: the ticket's history as the customer may see it (no internal notes). */
    public List<TicketEvent> history(String apiClient, long ticketId) {
        Ticket ticket = get(apiClient, ticketId);
        return journal.history(ticket.getId()).stream()
                .filter(e -> !TicketAction.INTERNAL_NOTE.name().equals(e.getAction()))
                .toList();
    }

    /** The public conversation. */
    public List<TicketMessage> conversation(String apiClient, long ticketId) {
        return journal.messages(get(apiClient, ticketId).getId(), false);
    }

    private Ticket act(String apiClient, long ticketId, TicketAction action, String detail) {
        return act(apiClient, forChange(apiClient, ticketId), action, detail);
    }

    private Ticket act(String apiClient, Ticket ticket, TicketAction action, String detail) {
        Instant now = clock.instant();
        TicketStatus from = ticket.apply(action, now, policies.of(ticket).autoCloseAfter());
        journal.event(ticket, now, Actor.CUSTOMER, apiClient, HistoryAction.of(action), from, detail);
        return ticket;
    }

    private Ticket find(long organizationId, long ticketId, LockModeType lock) {
        // a plain read brings the project along (the answer names it); a locking read must not lock the project row
        String fetch = lock == LockModeType.NONE ? " join fetch t.project" : "";
        return em.createQuery("select t from Ticket t" + fetch + " where t.id = :id and t.organizationId = :org",
                        Ticket.class)
                .setParameter("id", ticketId)
                .setParameter("org", organizationId)
                .setLockMode(lock)
                .getResultStream().findFirst()
                .orElseThrow(() -> DeskException.notFound("ticketId", "ticket", ticketId));
    }

    private long organizationOf(String apiClient) {
        return callers.require(apiClient);
    }
}
