package org.deskline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deskline.system.TicketServiceSystemIT.fault;
import static org.deskline.system.TicketServiceSystemIT.newTicket;

import java.util.List;
import org.deskline.client.ticket.DeskFaultInfo;
import org.deskline.client.ticket.HistoryEntry;
import org.deskline.client.ticket.Message;
import org.deskline.client.ticket.NewTicket;
import org.deskline.client.ticket.Resolution;
import org.deskline.client.ticket.Status;
import org.deskline.client.ticket.Ticket;
import org.deskline.client.ticket.TicketPage;
import org.deskline.client.ticket.TicketPortType;
import org.deskline.client.ticket.TicketQuery;
import org.junit.jupiter.api.Test;

/** The customer side of the ticket lifecycle (T5, T7, T8, T10, T11, T13) through the generated client. */
class TicketLifecycleSystemIT {

    private final TicketPortType demo = Soap.tickets(Soap.DEMO_CLIENT, Soap.DEMO_SECRET);
    private final TicketPortType other = Soap.tickets(Soap.OTHER_CLIENT, Soap.OTHER_SECRET);

    private Ticket open(String title) throws Exception {
        return demo.createTicket(newTicket("DEMO-SHOP", title + " " + System.nanoTime()));
    }

    @Test
    void t5_t7_t8_reply_withdraw_reopen_and_the_history_says_who_when_from_to() throws Exception {
        Ticket t = open("Lifecycle");
        assertThat(demo.addReply(t.getTicketId(), "More details: it fails on Safari only.").getStatus())
                .isEqualTo(Status.WAITING_FOR_REPLY);
        Ticket withdrawn = demo.closeTicket(t.getTicketId());
        assertThat(withdrawn.getStatus()).isEqualTo(Status.CLOSED);
        assertThat(withdrawn.getResolution()).isEqualTo(Resolution.WITHDRAWN);
        assertThat(withdrawn.getClosedAt()).isNotNull();
        Ticket reopened = demo.reopenTicket(t.getTicketId());
        assertThat(reopened.getStatus()).isEqualTo(Status.WAITING_FOR_REPLY);
        assertThat(reopened.getResolution()).isNull();

        List<HistoryEntry> history = demo.getTicketHistory(t.getTicketId());
        assertThat(history).extracting(HistoryEntry::getAction)
                .containsExactly("OPEN", "CUSTOMER_REPLY", "WITHDRAW", "REOPEN");
        HistoryEntry withdraw = history.get(2);
        assertThat(withdraw.getActorKind()).isEqualTo("CUSTOMER");
        assertThat(withdraw.getActor()).isEqualTo(Soap.DEMO_CLIENT);
        assertThat(withdraw.getFromStatus()).isEqualTo(Status.WAITING_FOR_REPLY);
        assertThat(withdraw.getToStatus()).isEqualTo(Status.CLOSED);
        assertThat(withdraw.getAt()).isNotNull();

        List<Message> messages = demo.getMessages(t.getTicketId());
        assertThat(messages).extracting(Message::getBody).last().isEqualTo("More details: it fails on Safari only.");
    }

    @Test
    void t11_rating_needs_a_closed_ticket_a_valid_score_and_a_low_one_goes_to_quality_control() throws Exception {
        Ticket t = open("Rate me");
        DeskFaultInfo tooEarly = fault(() -> demo.rateTicket(t.getTicketId(), 5, null));
        assertThat(tooEarly.getCode()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(tooEarly.getMessage()).contains("WAITING_FOR_REPLY");

        demo.closeTicket(t.getTicketId());
        DeskFaultInfo badScore = fault(() -> demo.rateTicket(t.getTicketId(), 9, null));
        assertThat(badScore.getCode()).isEqualTo("VALIDATION");
        assertThat(badScore.getField()).isEqualTo("score");

        Ticket rated = demo.rateTicket(t.getTicketId(), 1, "Nobody answered");
        assertThat(rated.getRating()).isEqualTo(1);
        assertThat(rated.isQualityReview()).isTrue();
        assertThat(fault(() -> demo.rateTicket(t.getTicketId(), 5, null)).getField()).isEqualTo("rating");
    }

    @Test
    void t11_a_quality_review_can_be_requested_explicitly() throws Exception {
        Ticket t = open("Review please");
        assertThat(demo.requestQualityReview(t.getTicketId(), "The answer contradicts your docs")
                .isQualityReview()).isTrue();
        assertThat(demo.getTicketHistory(t.getTicketId())).extracting(HistoryEntry::getAction)
                .contains("QUALITY_REVIEW");
    }

    @Test
    void t5_a_blank_reply_and_a_reply_to_a_closed_ticket_are_refused() throws Exception {
        Ticket t = open("Blank");
        DeskFaultInfo blank = fault(() -> demo.addReply(t.getTicketId(), "  "));
        assertThat(blank.getCode()).isEqualTo("VALIDATION");
        assertThat(blank.getField()).isEqualTo("body");
        demo.closeTicket(t.getTicketId());
        DeskFaultInfo closed = fault(() -> demo.addReply(t.getTicketId(), "hello?"));
        assertThat(closed.getCode()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(closed.getMessage()).contains("REOPEN");
        assertThat(fault(() -> demo.closeTicket(t.getTicketId())).getCode()).isEqualTo("ILLEGAL_TRANSITION");
    }

    @Test
    void t10_the_same_title_as_an_active_ticket_is_refused_with_a_pointer() throws Exception {
        String title = "Duplicate check " + System.nanoTime();
        Ticket first = demo.createTicket(newTicket("DEMO-SHOP", title));
        DeskFaultInfo duplicate = fault(() -> demo.createTicket(newTicket("DEMO-SHOP", title.toUpperCase())));
        assertThat(duplicate.getCode()).isEqualTo("DUPLICATE");
        assertThat(duplicate.getRelated()).containsExactly(first.getTicketId());
    }

    @Test
    void t13_a_retry_with_the_same_request_id_returns_the_first_ticket() throws Exception {
        NewTicket request = newTicket("DEMO-SHOP", "Idempotent " + System.nanoTime());
        request.setRequestId("erp-order-" + System.nanoTime());
        Ticket first = demo.createTicket(request);
        Ticket retried = demo.createTicket(request);
        assertThat(retried.getTicketId()).isEqualTo(first.getTicketId());
    }

    @Test
    void tenants_every_operation_on_a_foreign_ticket_answers_not_found() throws Exception {
        Ticket mine = open("Foreign check");
        long id = mine.getTicketId();
        List<Soap.Call> calls = List.of(
                () -> other.getTicket(id),
                () -> other.addReply(id, "hi"),
                () -> other.closeTicket(id),
                () -> other.reopenTicket(id),
                () -> other.rateTicket(id, 1, null),
                () -> other.requestQualityReview(id, null),
                () -> other.getTicketHistory(id),
                () -> other.getMessages(id),
                () -> other.getProposal(id),
                () -> other.respondToProposal(id, true, null));
        for (Soap.Call call : calls) {
            DeskFaultInfo f = fault(call);
            assertThat(f.getCode()).isEqualTo("NOT_FOUND");
            assertThat(f.getMessage()).isEqualTo("No ticket " + id + " exists.");
        }
        assertThat(demo.getTicket(id).getStatus()).isEqualTo(Status.WAITING_FOR_REPLY);
    }

    @Test
    void find_tickets_filters_pages_and_never_shows_another_organizations_tickets() throws Exception {
        javax.xml.datatype.XMLGregorianCalendar since = javax.xml.datatype.DatatypeFactory.newInstance()
                .newXMLGregorianCalendar(new java.util.GregorianCalendar());
        Thread.sleep(5);
        Ticket a = open("Find A");
        Ticket b = open("Find B");
        Ticket c = open("Find C");
        demo.closeTicket(b.getTicketId());

        TicketQuery recent = new TicketQuery();
        recent.setUpdatedSince(since);
        recent.setProjectCode("DEMO-SHOP");
        TicketPage page = demo.findTickets(recent);
        assertThat(page.getTicket()).extracting(Ticket::getTicketId)
                .contains(a.getTicketId(), b.getTicketId(), c.getTicketId());
        assertThat(page.getTicket()).allMatch(t -> "DEMO-SHOP".equals(t.getProjectCode()));

        TicketQuery closedOnly = new TicketQuery();
        closedOnly.setUpdatedSince(since);
        closedOnly.getStatus().add(Status.CLOSED);
        assertThat(demo.findTickets(closedOnly).getTicket()).extracting(Ticket::getTicketId)
                .contains(b.getTicketId()).doesNotContain(a.getTicketId(), c.getTicketId());

        TicketQuery small = new TicketQuery();
        small.setUpdatedSince(since);
        small.setPageSize(1);
        TicketPage first = demo.findTickets(small);
        assertThat(first.getTicket()).hasSize(1);
        assertThat(first.getTotal()).isGreaterThanOrEqualTo(3);

        TicketPage theirs = other.findTickets(recent);
        assertThat(theirs.getTotal()).isZero();
        assertThat(theirs.getTicket()).isEmpty();

        TicketQuery tooBig = new TicketQuery();
        tooBig.setPageSize(500);
        DeskFaultInfo f = fault(() -> demo.findTickets(tooBig));
        assertThat(f.getCode()).isEqualTo("VALIDATION");
        assertThat(f.getField()).isEqualTo("pageSize");
    }

    @Test
    void t1_a_development_request_in_review_has_no_proposal_to_read_or_answer() throws Exception {
        NewTicket request = newTicket("DEMO-SHOP", "New page " + System.nanoTime());
        request.setKind(org.deskline.client.ticket.TicketKind.DEVELOPMENT_REQUEST);
        Ticket t = demo.createTicket(request);
        assertThat(t.getDevelopmentStage()).isEqualTo(org.deskline.client.ticket.DevelopmentStage.REVIEW);
        DeskFaultInfo none = fault(() -> demo.getProposal(t.getTicketId()));
        assertThat(none.getCode()).isEqualTo("NOT_FOUND");
        assertThat(fault(() -> demo.respondToProposal(t.getTicketId(), true, null)).getCode()).isEqualTo("NOT_FOUND");
        assertThat(open("Plain support ticket").getDevelopmentStage()).isNull();
    }
}
