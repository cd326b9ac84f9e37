package org.deskline.demo.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.deskline.alert.entity.Alert;
import org.deskline.billing.control.BillingRules;
import org.deskline.billing.control.InvoiceIssue;
import org.deskline.billing.control.TimeEntries;
import org.deskline.demo.control.HistoryScript.Opening;
import org.deskline.demo.control.HistoryScript.Step;
import org.deskline.organization.entity.ApiClient;
import org.deskline.security.entity.Tier;
import org.deskline.ticket.boundary.CustomerTickets;
import org.deskline.ticket.control.NewTicket;
import org.deskline.ticket.control.StaffActs;
import org.deskline.ticket.control.TicketTiers;
import org.deskline.ticket.entity.Ticket;
import org.deskline.ticket.entity.TicketAction;
import org.deskline.ticket.entity.TicketAction.Actor;
import org.deskline.ticket.entity.TicketKind;
import org.deskline.ticket.entity.Visibility;

/**
 * Issue 20: plays one step of the demo's history, in its own transaction, through the services a customer system
 * (SOAP's {@link CustomerTickets}) and an agent ({@link StaffActs}, what the console's AgentDesk does after its checks)
 * go through, so every derived record (history, SLA clocks, alerts in the outbox) is the one they write.
 */
@Stateless
public class DemoHistorySteps {

    @PersistenceContext
    EntityManager em;

    @Inject
    CustomerTickets customers;

    @Inject
    StaffActs acts;

    @Inject
    TicketTiers tiers;

    @Inject
    TimeEntries entries;

    @Inject
    InvoiceIssue invoices;

    @Inject
    Clock clock;

    private long organizationOf(String apiClient) {
        return em.createNamedQuery(ApiClient.BY_USERNAME, ApiClient.class).setParameter("username", apiClient)
                .getSingleResult().getOrganizationId();
    }

    /** Whether the history's customer has tickets already (written before, or being used by hand). */
    public boolean written(String apiClient) {
        return !em.createQuery("select t.id from Ticket t, ApiClient c where c.username = :client "
                        + "and t.organizationId = c.organizationId", Long.class)
                .setParameter("client", apiClient).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The alerts of the customer's tickets older than {@code before}, acknowledged by {@code manager} a while after
     * each came, as a desk works its inbox: the dashboard's inbox then holds the last day's, not three months'.
     */
    public int acknowledgeOlder(String apiClient, Instant before, String manager) {
        List<Alert> open = em.createQuery("select a from Alert a, ApiClient c where c.username = :client "
                        + "and a.organizationId = c.organizationId and a.acknowledgedBy is null "
                        + "and a.occurredAt < :before", Alert.class)
                .setParameter("client", apiClient).setParameter("before", before).getResultList();
        open.forEach(a -> a.acknowledge(manager, a.getOccurredAt().plus(Duration.ofMinutes(
                15 + Math.floorMod(a.getId().hashCode(), 180)))));
        return open.size();
    }

    /** Plays the step on ticket {@code ticketId} (null for an opening); returns the ticket's id (0 for an invoice). */
    public long perform(Step step, Long ticketId) {
        switch (step.act()) {
            case OPEN -> {
                Opening o = step.opening();
                return customers.open(o.apiClient(), new NewTicket(o.projectCode(), TicketKind.SUPPORT, o.title(),
                        o.category(), o.priority(), o.description(), false, "demo-history-" + step.ticket()))
                        .getId();
            }
            case CUSTOMER_REPLY -> customers.reply(step.who(), ticketId, step.text());
            case CLOSE -> customers.close(step.who(), ticketId);
            case RATE -> customers.rate(step.who(), ticketId, step.score(), step.text());
            case TIME -> {
                Instant end = clock.instant();
                Instant start = end.minus(Duration.ofMinutes(step.score()));
                BillingRules.checkEntry(start, end, step.service(), step.text());
                entries.log(em.find(Ticket.class, ticketId), step.who(), start, end, step.service(), step.text(),
                        false);
            }
            case INVOICE -> {
                // the last calendar month, in UTC
                Instant to = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.DAYS);
                Instant from = to.atZone(java.time.ZoneOffset.UTC).minusMonths(1).toInstant();
                invoices.issue(organizationOf(step.text()), from, to, step.who());
                return 0;
            }
            default -> staff(step, em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_WRITE));
        }
        return ticketId;
    }

    private void staff(Step step, Ticket ticket) {
        String agent = step.who();
        switch (step.act()) {
            case TAKE -> acts.assign(ticket, TicketAction.TAKE, agent, agent);
            case ANSWER, ASK -> acts.write(ticket, agent, TicketAction.AGENT_REPLY, Visibility.PUBLIC, step.text());
            case NOTE -> acts.write(ticket, agent, TicketAction.INTERNAL_NOTE, Visibility.INTERNAL, step.text());
            case DEFER -> acts.defer(ticket, agent, step.reason());
            case RESUME -> acts.act(ticket, agent, TicketAction.RESUME, null);
            case ESCALATE -> tiers.escalate(ticket, Tier.L2, clock.instant(), Actor.AGENT, agent, step.text());
            case RESOLVE -> acts.write(ticket, agent, TicketAction.RESOLVE, Visibility.PUBLIC, step.text());
            default -> throw new IllegalArgumentException("Not an agent's step: " + step.act());
        }
    }
}
