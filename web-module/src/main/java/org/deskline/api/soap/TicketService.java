package org.deskline.api.soap;

import org.deskline.platform.soap.XmlTimes;
import com.sun.xml.ws.developer.SchemaValidation;
import com.sun.xml.ws.developer.StreamingAttachment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import jakarta.activation.DataHandler;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.ws.soap.MTOM;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.deskline.platform.DeskException;
import org.deskline.platform.soap.StreamSource;
import org.deskline.ticket.entity.Attachment;
import java.util.List;
import org.deskline.platform.soap.CdiEndpoint;
import org.deskline.platform.soap.DeskFault;
import org.deskline.platform.soap.Namespaces;
import org.deskline.platform.soap.SchemaErrorRecorder;
import org.deskline.platform.soap.SoapBoundary;
import org.deskline.platform.soap.WsdlDoc;
import org.deskline.billing.boundary.CustomerBilling;
import org.deskline.ticket.boundary.CustomerTickets;
import org.deskline.ticket.control.TicketPage;
import org.deskline.ticket.entity.Ticket;

/**
 * Tickets for customer systems (ERP). Authenticated with HTTP Basic as an API client; every operation sees
 * only the client's organization. Faults: deskFault with code VALIDATION (field and rule named), NOT_FOUND
 * (also for another organization's ids), FORBIDDEN or INTERNAL.
 */
@WebService(serviceName = "TicketService", portName = "TicketPort", name = "TicketPortType",
        targetNamespace = Namespaces.TICKET)
@SOAPBinding(style = SOAPBinding.Style.DOCUMENT, use = SOAPBinding.Use.LITERAL,
        parameterStyle = SOAPBinding.ParameterStyle.WRAPPED)
@SchemaValidation(handler = SchemaErrorRecorder.class, outbound = false)
@MTOM(threshold = 4096)
@StreamingAttachment(parseEagerly = true, memoryThreshold = 256 * 1024L)
@CdiEndpoint
@ApplicationScoped
@WsdlDoc("Tickets for customer systems. HTTP Basic as an API client; every operation sees only the client's "
        + "organization. Every operation may fail with deskFault: code VALIDATION (field and rule named), NOT_FOUND "
        + "(also for another organization's ids), ILLEGAL_TRANSITION, LIMIT_EXCEEDED, DUPLICATE, "
        + "CONCURRENT_MODIFICATION, FORBIDDEN or INTERNAL. See docs/soap.md.")
public class TicketService {

    @Inject
    SoapBoundary boundary;

    @Inject
    CustomerTickets tickets;

    @Inject
    org.deskline.sla.boundary.CustomerSla customerSla;

    @Inject
    CustomerBilling billing;

    @Inject
    org.deskline.organization.boundary.CustomerProjects projects;

    @Inject
    org.deskline.knowledge.boundary.CustomerKnowledge knowledge;

    @WsdlDoc("Opens a support ticket or development request for one of the caller's projects; the answer names up "
            + "to 3 knowledge-base articles that may answer it (K1: suggestedArticleId).")
    @WebMethod
    @WebResult(name = "ticket", targetNamespace = Namespaces.TICKET)
    public TicketRecord createTicket(
            @WebParam(name = "newTicket", targetNamespace = Namespaces.TICKET) @XmlElement(required = true)
            NewTicketRequest ticket) throws DeskFault {
        return boundary.call(caller -> {
            TicketRecord created = record(caller, tickets.open(caller, TicketMapper.toCommand(ticket)));
            created.suggestedArticleId.addAll(knowledge.suggest(caller, created.title, ticket.description).stream()
                    .map(h -> h.article().getId()).toList());
            return created;
        });
    }

    @WsdlDoc("Reads one of the caller's tickets; another organization's ticket answers NOT_FOUND like a missing "
            + "one. Every operation taking a ticketId answers like this.")
    @WebMethod
    @WebResult(name = "ticket", targetNamespace = Namespaces.TICKET)
    public TicketRecord getTicket(
            @WebParam(name = "ticketId", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) long ticketId)
            throws DeskFault {
        return boundary.call(caller -> record(caller, tickets.get(caller, ticketId)));
    }

    @WsdlDoc("The caller's tickets matching a query (status, kind, priority, category, project, changed since), "
            + "one page at a time with the total; another organization's tickets never appear.")
    @WebMethod
    @WebResult(name = "result", targetNamespace = Namespaces.TICKET)
    public TicketPageRecord findTickets(
            @WebParam(name = "query", targetNamespace = Namespaces.TICKET) TicketQuery query) throws DeskFault {
        return boundary.call(caller -> {
            TicketPage page = tickets.find(caller, TicketMapper.toFilter(query));
            return TicketMapper.toPage(page, billing.ticketTerms(caller,
                    page.tickets().stream().map(Ticket::getId).toList()));
        });
    }

    @WsdlDoc("Adds the customer's answer or more information; the ticket waits for support again (T5).")
    @WebMethod
    @WebResult(name = "ticket", targetNamespace = Namespaces.TICKET)
    public TicketRecord addReply(
            @WebParam(name = "ticketId", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) long ticketId,
            @WebParam(name = "body", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) String body)
            throws DeskFault {
        return boundary.call(caller -> record(caller, tickets.reply(caller, ticketId, body)));
    }

    @WsdlDoc("Closes an open ticket (T7). After support's answer (status WAITING_FOR_CUSTOMER) it is a normal close, "
            + "resolution RESOLVED; before it, a withdrawal, resolution WITHDRAWN.")
    @WebMethod
    @WebResult(name = "ticket", targetNamespace = Namespaces.TICKET)
    public TicketRecord closeTicket(
            @WebParam(name = "ticketId", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) long ticketId)
            throws DeskFault {
        return boundary.call(caller -> record(caller, tickets.close(caller, ticketId)));
    }

    @WsdlDoc("Reopens a closed ticket within the reopen window; it waits for support again (T8).")
    @WebMethod
    @WebResult(name = "ticket", targetNamespace = Namespaces.TICKET)
    public TicketRecord reopenTicket(
            @WebParam(name = "ticketId", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) long ticketId)
            throws DeskFault {
        return boundary.call(caller -> record(caller, tickets.reopen(caller, ticketId)));
    }

    @WsdlDoc("Rates a closed ticket 1-5 with an optional comment; 1 or 2 sends it to quality control (T11).")
    @WebMethod
    @WebResult(name = "ticket", targetNamespace = Namespaces.TICKET)
    public TicketRecord rateTicket(
            @WebParam(name = "ticketId", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) long ticketId,
            @WebParam(name = "score", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) int score,
            @WebParam(name = "comment", targetNamespace = Namespaces.TICKET) String comment) throws DeskFault {
        return boundary.call(caller -> record(caller, tickets.rate(caller, ticketId, score, comment)));
    }

    @WsdlDoc("Asks for the ticket to be reviewed by quality control (T11).")
    @WebMethod
    @WebResult(name = "ticket", targetNamespace = Namespaces.TICKET)
    public TicketRecord requestQualityReview(
            @WebParam(name = "ticketId", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) long ticketId,
            @WebParam(name = "reason", targetNamespace = Namespaces.TICKET) String reason) throws DeskFault {
        return boundary.call(caller -> record(caller, tickets.requestQualityReview(caller, ticketId, reason)));
    }

    @WsdlDoc("Where each SLA clock of the ticket stands (S4): first response, each next response, resolution; "
            + "target, due moment, business time elapsed and remaining, paused, breached, and an explanation "
            + "of the deadline (started when, what was counted, what paused it, on which calendar).")
    @WebMethod
    @WebResult(name = "metric", targetNamespace = Namespaces.TICKET)
    public List<SlaMetricRecord> getSlaStatus(
            @WebParam(name = "ticketId", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) long ticketId)
            throws DeskFault {
        return boundary.call(caller -> customerSla.slaStatus(caller, ticketId).stream().map(SlaMapper::toRecord).toList());
    }

    @WsdlDoc("The caller's support plan (S1): coverage, what happens to priorities it does not offer, the "
            + "response and resolution targets per priority, and the ticket numbers in force (T6 auto-close hours, "
            + "T8 reopen days, T9 active tickets per project). Give projectCode for the plan that project's tickets "
            + "run on: a support subscription for that project alone may sell it another plan (B1).")
    @WebMethod
    @WebResult(name = "plan", targetNamespace = Namespaces.TICKET)
    public PlanRecord getPlan(
            @WebParam(name = "projectCode", targetNamespace = Namespaces.TICKET) String projectCode)
            throws DeskFault {
        return boundary.call(caller -> SlaMapper.toRecord(customerSla.plan(caller, projectCode),
                tickets.policy(caller, projectCode)));
    }

    @WsdlDoc("The calendar your business-hours clocks run on (S2): time zone, opening intervals of each weekday and "
            + "dated holidays, those of one year when year is given (1900-2200); a 24/7 plan answers the built-in "
            + "ALL_DAY calendar, which emergency tickets always use (S3).")
    @WebMethod
    @WebResult(name = "calendar", targetNamespace = Namespaces.TICKET)
    public CalendarRecord getCalendar(
            @WebParam(name = "year", targetNamespace = Namespaces.TICKET) @XmlElement(required = false) Integer year)
            throws DeskFault {
        return boundary.call(caller -> SlaMapper.toRecord(customerSla.calendar(caller, year)));
    }

    @WsdlDoc("How your SLA was kept over a period of at most 366 days (S7): per plan and clock kind the clocks "
            + "started, met in time, breached, still open and the compliance share; time per tier and per deferral "
            + "reason; count and average of the ratings of tickets closed in the period.")
    @WebMethod
    @WebResult(name = "report", targetNamespace = Namespaces.TICKET)
    public ComplianceReportRecord getComplianceReport(
            @WebParam(name = "from", targetNamespace = Namespaces.TICKET) @XmlElement(required = true)
            javax.xml.datatype.XMLGregorianCalendar from,
            @WebParam(name = "to", targetNamespace = Namespaces.TICKET) @XmlElement(required = true)
            javax.xml.datatype.XMLGregorianCalendar to) throws DeskFault {
        return boundary.call(caller -> SlaMapper.toRecord(customerSla.compliance(caller,
                XmlTimes.instant(from, "from", "S7"), XmlTimes.instant(to, "to", "S7"))));
    }

    @WsdlDoc("B9: gives (agree true) or refuses (false) consent to changes on the production database for one of the "
            + "caller's tickets, naming who decided (consentBy) and, for a consent, what it covers (consentNote). A "
            + "refusal withdraws an earlier consent; support logs work on the production database only while a "
            + "consent stands. Answers the ticket with consentBy, consentAt and consentRefusedAt.")
    @WebMethod
    @WebResult(name = "ticket", targetNamespace = Namespaces.TICKET)
    public TicketRecord respondToConsent(
            @WebParam(name = "ticketId", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) long ticketId,
            @WebParam(name = "agree", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) boolean agree,
            @WebParam(name = "consentBy", targetNamespace = Namespaces.TICKET) @XmlElement(required = true)
            String consentBy,
            @WebParam(name = "consentNote", targetNamespace = Namespaces.TICKET) String consentNote) throws DeskFault {
        return boundary.call(caller -> {
            billing.respondToConsent(caller, ticketId, agree, consentBy, consentNote);
            return record(caller, tickets.get(caller, ticketId));
        });
    }

    @WsdlDoc("Sends the hosting or admin-panel access of one of the caller's projects (seed 000), stored sealed "
            + "under the label; the same label replaces the earlier value. Write-only: no operation returns it. At "
            + "most 50 labels a project (LIMIT_EXCEEDED), a label of 1-100 and a value of 1-4000 characters and "
            + "at most 5,000 bytes in UTF-8 (VALIDATION).")
    @WebMethod
    @WebResult(name = "receipt", targetNamespace = Namespaces.TICKET)
    public AccessReceipt sendAccessDetails(
            @WebParam(name = "projectCode", targetNamespace = Namespaces.TICKET) @XmlElement(required = true)
            String projectCode,
            @WebParam(name = "label", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) String label,
            @WebParam(name = "value", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) String value)
            throws DeskFault {
        return boundary.call(caller -> {
            var stored = projects.sendAccess(caller, projectCode, label, value);
            AccessReceipt receipt = new AccessReceipt();
            receipt.projectCode = projectCode;
            receipt.label = stored.getLabel();
            receipt.storedAt = XmlTimes.of(stored.getUpdatedAt());
            return receipt;
        });
    }

    @WsdlDoc("Every change of the ticket, oldest first: who, when, from which status to which (T5).")
    @WebMethod
    @WebResult(name = "entry", targetNamespace = Namespaces.TICKET)
    public List<HistoryEntry> getTicketHistory(
            @WebParam(name = "ticketId", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) long ticketId)
            throws DeskFault {
        return boundary.call(caller -> tickets.history(caller, ticketId).stream().map(TicketMapper::toEntry).toList());
    }

    @WsdlDoc("The public conversation of the ticket, oldest first.")
    @WebMethod
    @WebResult(name = "message", targetNamespace = Namespaces.TICKET)
    public List<MessageRecord> getMessages(
            @WebParam(name = "ticketId", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) long ticketId)
            throws DeskFault {
        return boundary.call(caller -> tickets.conversation(caller, ticketId).stream()
                .map(TicketMapper::toMessage).toList());
    }

    @WsdlDoc("T1: the newest proposal for a development request (NOT_FOUND while support is still reviewing it).")
    @WebMethod
    @WebResult(name = "proposal", targetNamespace = Namespaces.TICKET)
    public ProposalRecord getProposal(
            @WebParam(name = "ticketId", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) long ticketId)
            throws DeskFault {
        return boundary.call(caller -> TicketMapper.toProposal(tickets.proposal(caller, ticketId)));
    }

    @WsdlDoc("T1: accepts (true) or declines (false) the offered proposal before its validity ends.")
    @WebMethod
    @WebResult(name = "proposal", targetNamespace = Namespaces.TICKET)
    public ProposalRecord respondToProposal(
            @WebParam(name = "ticketId", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) long ticketId,
            @WebParam(name = "accept", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) boolean accept,
            @WebParam(name = "comment", targetNamespace = Namespaces.TICKET) String comment) throws DeskFault {
        return boundary.call(caller -> TicketMapper.toProposal(
                tickets.respondToProposal(caller, ticketId, accept, comment)));
    }

    @WsdlDoc("T2: attaches a file (screenshot, video, document) to an open ticket. Send content with MTOM; "
            + "at most 25 MB by default; content types on an allow list (VALIDATION names contentType otherwise); "
            + "give sha256 to have the upload verified.")
    @WebMethod
    @WebResult(name = "attachment", targetNamespace = Namespaces.TICKET)
    public AttachmentRecord addAttachment(
            @WebParam(name = "ticketId", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) long ticketId,
            @WebParam(name = "upload", targetNamespace = Namespaces.TICKET) @XmlElement(required = true)
            AttachmentUpload upload) throws DeskFault {
        return boundary.call(caller -> {
            if (upload == null || upload.content == null) {
                throw DeskException.invalid("content", "T2", "content is required.");
            }
            try (InputStream in = upload.content.getInputStream()) {
                return TicketMapper.toAttachment(tickets.attach(caller, ticketId, upload.fileName, upload.contentType,
                        upload.sha256, in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @WsdlDoc("T2: the files of a ticket (without their content), oldest first.")
    @WebMethod
    @WebResult(name = "attachment", targetNamespace = Namespaces.TICKET)
    public List<AttachmentRecord> listAttachments(
            @WebParam(name = "ticketId", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) long ticketId)
            throws DeskFault {
        return boundary.call(caller -> tickets.attachments(caller, ticketId).stream()
                .map(TicketMapper::toAttachment).toList());
    }

    @WsdlDoc("T2: one file of a ticket with its content (MTOM, streamed from the store).")
    @WebMethod
    @WebResult(name = "attachment", targetNamespace = Namespaces.TICKET)
    public AttachmentRecord getAttachment(
            @WebParam(name = "ticketId", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) long ticketId,
            @WebParam(name = "attachmentId", targetNamespace = Namespaces.TICKET) @XmlElement(required = true)
            long attachmentId) throws DeskFault {
        return boundary.call(caller -> {
            Attachment a = tickets.attachment(caller, ticketId, attachmentId);
            AttachmentRecord r = TicketMapper.toAttachment(a);
            r.content = new DataHandler(new StreamSource(a.getContentType(), () -> tickets.content(a)));
            return r;
        });
    }

    /** The ticket as the caller sees it, with support's billing decisions on it (B2/B8/B9). */
    private TicketRecord record(String caller, Ticket ticket) {
        return TicketMapper.toRecord(ticket, billing.ticketTerms(caller, List.of(ticket.getId())).get(ticket.getId()));
    }
}
